package cn.xianfeng.activity;

import java.time.OffsetDateTime;
import java.util.List;

/** A row of an activity list; {@code checkedIn}: the calling member has checked in (false for the bureau). */
public record ActivitySummary(String id, ActivityType type, String title, OffsetDateTime startAt, OffsetDateTime endAt,
                              String placeName, ActivityStatus status, List<String> cobuildingNames,
                              int checkedInCount, int expectedCount, boolean checkedIn) {
}
