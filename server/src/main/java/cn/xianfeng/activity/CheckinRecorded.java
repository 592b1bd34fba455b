package cn.xianfeng.activity;

import java.time.Instant;
import java.util.List;

/**
 * Someone checked in (or was checked in by an organiser, {@code onBehalf}). Published once per check-in, a retry
 * publishes nothing. A check-in with photos, or an organiser's, publishes it inside the transaction that stored it; a
 * plain check-in stores its one row in autocommit and publishes right after, outside any transaction. Listeners that
 * must not miss one (a card that shows the photos) therefore listen with a condition on {@link #withPhotos()};
 * listeners to every check-in run after completion, with {@code fallbackExecution}.
 */
public record CheckinRecorded(long activityId, long checkinId, long userId, List<Long> cobuildingIds,
                              List<CheckinFlag> flags, List<Long> photoMediaIds, Instant checkedInAt,
                              boolean onBehalf) {

    public boolean withPhotos() {
        return !photoMediaIds.isEmpty();
    }
}
