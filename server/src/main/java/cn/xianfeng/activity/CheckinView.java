package cn.xianfeng.activity;

import cn.xianfeng.media.MediaLinks;
import java.time.OffsetDateTime;
import java.util.List;

/** A check-in with its anomalies, photos (signed links), 补签 and review, if any. */
public record CheckinView(String id, String activityId, String userId, String displayName, String avatarUrl,
                          CheckinMethod method, OffsetDateTime checkedInAt, Location location,
                          Integer distanceMeters, List<CheckinFlag> flags, List<MediaLinks> photos, OnBehalf onBehalf,
                          Review review) {

    public record Location(double latitude, double longitude, Double accuracy) {
    }

    public record OnBehalf(String byName, String reason) {
    }

    public record Review(ReviewDecision decision, String note, String byName, OffsetDateTime at) {
    }
}
