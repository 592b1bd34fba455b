package cn.xianfeng.activity;

import java.time.Instant;
import java.util.List;

/**
 * What other features may know of an activity, as it is now: {@code revision} grows with each change and
 * {@code checkedInCount} with each check-in, so together they order two snapshots of it.
 */
public record ActivityInfo(long id, ActivityType type, String title, Instant startAt, Instant endAt, String placeName,
                           ActivityStatus status, List<Long> cobuildingIds, int revision, int checkedInCount,
                           int expectedCount) {
}
