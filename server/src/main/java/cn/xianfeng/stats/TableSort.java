package cn.xianfeng.stats;

import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * The orders the per co-building table may be sorted in ({@code sort=<field>&order=asc|desc}, default name asc);
 * anything else is 422 {@code STATS_SORT_INVALID}. Rows without a value (a rate without a denominator, no activity
 * yet) come last either way; ties go by name, then id.
 */
final class TableSort {

    private static final Map<String, Function<CobuildingStatsRow, ? extends Comparable<?>>> FIELDS = Map.of(
            "name", CobuildingStatsRow::name,
            "activities", CobuildingStatsRow::activities,
            "attendanceRate", CobuildingStatsRow::attendanceRate,
            "lastActivityDate", CobuildingStatsRow::lastActivityDate,
            "progressReports", CobuildingStatsRow::progressReports,
            "overdueTasks", CobuildingStatsRow::overdueTasks,
            "briefingReadRate", CobuildingStatsRow::briefingReadRate,
            "messages", CobuildingStatsRow::messages,
            "activeMembers", CobuildingStatsRow::activeMembers,
            "completion", CobuildingStatsRow::completion);

    private static final Comparator<CobuildingStatsRow> TIES = Comparator.comparing(CobuildingStatsRow::name)
            .thenComparing(r -> Long.parseLong(r.cobuildingId()));

    private TableSort() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<CobuildingStatsRow> comparator(String sort, String order) {
        String field = sort == null || sort.isBlank() ? "name" : sort;
        Function<CobuildingStatsRow, ? extends Comparable<?>> key = FIELDS.get(field);
        if (key == null) {
            throw new StatsExceptions.SortInvalid(Map.of("sort", "可排序字段：" + String.join("、",
                    new java.util.TreeSet<>(FIELDS.keySet()))));
        }
        boolean descending;
        if (order == null || order.isBlank() || order.equals("asc")) {
            descending = false;
        } else if (order.equals("desc")) {
            descending = true;
        } else {
            throw new StatsExceptions.SortInvalid(Map.of("order", "排序方向应为 asc 或 desc"));
        }
        Comparator<Comparable> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<CobuildingStatsRow> primary = Comparator.comparing(r -> (Comparable) key.apply(r),
                Comparator.nullsLast(values));
        return primary.thenComparing(TIES);
    }
}
