package cn.xianfeng.activity;

import java.time.Instant;
import java.util.List;

/**
 * Someone checked in (or was checked in by an organiser, {@code onBehalf}). Published once per check-in, inside the
 * transaction that stored it; a retry publishes nothing.
 */
public record CheckinRecorded(long activityId, long checkinId, long userId, List<Long> cobuildingIds,
                              List<CheckinFlag> flags, List<Long> photoMediaIds, Instant checkedInAt,
                              boolean onBehalf) {
}
