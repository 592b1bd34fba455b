package cn.xianfeng.activity;

import java.time.Instant;
import java.util.List;

/**
 * The bureau's activity list: by type, by start time ({@code from} inclusive, {@code to} exclusive), by status, and
 * by co-building ({@code cobuildingIds} null: any; a LIAISON's list is narrowed to their own co-buildings).
 */
record AdminActivityFilter(ActivityType type, List<Long> cobuildingIds, Instant from, Instant to,
                           ActivityStatus status) {
}
