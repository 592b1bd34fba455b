package cn.xianfeng.activity;

import java.time.Instant;
import java.util.List;

/**
 * An activity's row with its co-buildings, as one immutable value: what the check-in path keeps in its near cache,
 * so that a burst of check-ins does not read the activity once each.
 */
record ActivityState(long id, ActorType organizerType, long organizerId, ActivityType type, String title,
                     String description, Instant startAt, Instant endAt, String placeName, Double latitude,
                     Double longitude, Integer radiusMeters, Instant checkinOpensAt, Instant checkinClosesAt,
                     boolean photoRequired, ExpectedScope expectedScope, Instant cancelledAt, String cancelReason,
                     int revision, List<Long> cobuildingIds) {

    static ActivityState of(Activity a, List<Long> cobuildingIds) {
        return new ActivityState(a.getId(), a.getOrganizerType(), a.getOrganizerId(), a.getType(), a.getTitle(),
                a.getDescription(), a.getStartAt(), a.getEndAt(), a.getPlaceName(), a.getLatitude(), a.getLongitude(),
                a.getRadiusMeters(), a.getCheckinOpensAt(), a.getCheckinClosesAt(),
                Boolean.TRUE.equals(a.getPhotoRequired()), a.getExpectedScope(), a.getCancelledAt(),
                a.getCancelReason(), a.getRevision() == null ? 0 : a.getRevision(), List.copyOf(cobuildingIds));
    }

    ActivityStatus status(Instant now) {
        return ActivityStatus.of(cancelledAt, startAt, endAt, now);
    }

    boolean hasPlace() {
        return latitude != null && longitude != null;
    }
}
