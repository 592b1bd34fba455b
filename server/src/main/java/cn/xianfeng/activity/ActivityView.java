package cn.xianfeng.activity;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An activity in detail. {@code place} null: no geofence (online), no location needed. {@code myCheckin},
 * {@code expectedOfMe}: the calling member's (null/false for the bureau); {@code canManage}: the caller may edit,
 * cancel, review and see attendance.
 */
public record ActivityView(String id, ActivityType type, String title, String description, OffsetDateTime startAt,
                           OffsetDateTime endAt, Place place, OffsetDateTime checkinOpensAt,
                           OffsetDateTime checkinClosesAt, boolean photoRequired, ActivityStatus status,
                           String cancelReason, List<CobuildingRef> cobuildings, Organizer organizer,
                           Expected expected, int checkedInCount, CheckinView myCheckin, boolean expectedOfMe,
                           boolean canManage) {

    public record Place(String name, double latitude, double longitude, int radiusMeters) {
    }

    public record CobuildingRef(String id, String name) {
    }

    public record Organizer(ActorType type, String id, String displayName) {
    }

    public record Expected(ExpectedScope scope, int count) {
    }
}
