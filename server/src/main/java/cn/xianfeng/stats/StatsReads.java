package cn.xianfeng.stats;

import cn.xianfeng.activity.ActivityType;
import cn.xianfeng.cobuild.CobuildingStatus;
import cn.xianfeng.org.UnitType;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The overview and the trends of a period, from the counters and the small tables (co-buildings, units, memberships,
 * briefings), in a fixed number of grouped queries. {@code liaisonId} narrows everything to that liaison's
 * co-buildings; null reaches all.
 */
@Component
class StatsReads {

    private final JdbcClient jdbc;

    StatsReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The co-buildings in reach, by status and lead unit type. */
    record CobuildingCount(long id, String status, String unitType) {
    }

    /** Per month and type: distinct activities, and their 应到/实到/check-ins. */
    record ActivityMonth(YearMonth month, String type, int activities, long expected, long attended, long checkins) {
    }

    /** Per month: the monthly counters summed. */
    record Monthly(YearMonth month, int progressReports, int photos, long messages, long briefingsTargeted,
                   long briefingsRead) {
    }

    /** Units and members now, units in and out during the period, briefings published in it. */
    record Totals(int units, int members, int entries, int exits, int briefingsPublished) {
    }

    List<CobuildingCount> cobuildings(Long liaisonId) {
        return jdbc.sql("SELECT c.id, c.status, u.type FROM cobuilding c JOIN unit u ON u.id = c.lead_unit_id"
                        + " WHERE 1 = 1" + reach(liaisonId) + " ORDER BY c.id")
                .params(params(liaisonId, null))
                .query((rs, n) -> new CobuildingCount(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /**
     * The ids of the co-buildings in reach that match the filters (each optional): status (or, with {@code openOnly},
     * the open ones), lead unit type, bureau liaison.
     */
    List<Long> cobuildingIds(Long liaisonId, String status, String unitType, Long assignedTo, boolean openOnly) {
        Map<String, Object> params = params(liaisonId, null);
        StringBuilder sql = new StringBuilder("SELECT c.id FROM cobuilding c JOIN unit u ON u.id = c.lead_unit_id"
                + " WHERE 1 = 1").append(reach(liaisonId));
        if (status != null) {
            sql.append(" AND c.status = :status");
            params.put("status", status);
        }
        if (openOnly) {
            sql.append(" AND c.status IN ('ACTIVE', 'AWARDED', 'RECTIFYING')");
        }
        if (unitType != null) {
            sql.append(" AND u.type = :unitType");
            params.put("unitType", unitType);
        }
        if (assignedTo != null) {
            sql.append(" AND c.bureau_liaison_id = :assignedTo");
            params.put("assignedTo", assignedTo);
        }
        return jdbc.sql(sql.append(" ORDER BY c.id").toString()).params(params).query(Long.class).list();
    }

    List<ActivityMonth> activityMonths(Long liaisonId, Period period) {
        return jdbc.sql("SELECT s.month, s.type, COUNT(DISTINCT s.activity_id) AS activities,"
                        + " SUM(s.expected) AS expected, SUM(s.attended) AS attended, SUM(s.checkins) AS checkins"
                        + " FROM stats_activity s JOIN cobuilding c ON c.id = s.cobuilding_id"
                        + " WHERE s.month >= :fromMonth AND s.month < :toMonth" + reach(liaisonId)
                        + " GROUP BY s.month, s.type")
                .params(params(liaisonId, period))
                .query((rs, n) -> new ActivityMonth(Months.month(rs.getDate("month")), rs.getString("type"),
                        rs.getInt("activities"), rs.getLong("expected"), rs.getLong("attended"),
                        rs.getLong("checkins"))).list();
    }

    List<Monthly> monthly(Long liaisonId, Period period) {
        return jdbc.sql("SELECT s.month, SUM(s.progress_reports) AS progress_reports, SUM(s.photos) AS photos,"
                        + " SUM(s.messages) AS messages, SUM(s.briefings_targeted) AS briefings_targeted,"
                        + " SUM(s.briefings_read) AS briefings_read"
                        + " FROM stats_cobuilding_month s JOIN cobuilding c ON c.id = s.cobuilding_id"
                        + " WHERE s.month >= :fromMonth AND s.month < :toMonth" + reach(liaisonId)
                        + " GROUP BY s.month")
                .params(params(liaisonId, period))
                .query((rs, n) -> new Monthly(Months.month(rs.getDate("month")), rs.getInt("progress_reports"),
                        rs.getInt("photos"), rs.getLong("messages"), rs.getLong("briefings_targeted"),
                        rs.getLong("briefings_read"))).list();
    }

    /** People active in the period (a person in two co-buildings counts once). */
    int activeMembers(Long liaisonId, Period period) {
        return jdbc.sql("SELECT COUNT(DISTINCT s.user_id) FROM stats_member_month s"
                        + " JOIN cobuilding c ON c.id = s.cobuilding_id"
                        + " WHERE s.month >= :fromMonth AND s.month < :toMonth" + reach(liaisonId))
                .params(params(liaisonId, period)).query(Integer.class).single();
    }

    /** People active in each month of the period. */
    Map<YearMonth, Integer> activeMembersByMonth(Long liaisonId, Period period) {
        Map<YearMonth, Integer> result = new HashMap<>();
        jdbc.sql("SELECT s.month, COUNT(DISTINCT s.user_id) AS n FROM stats_member_month s"
                        + " JOIN cobuilding c ON c.id = s.cobuilding_id"
                        + " WHERE s.month >= :fromMonth AND s.month < :toMonth" + reach(liaisonId)
                        + " GROUP BY s.month")
                .params(params(liaisonId, period))
                .query((rs, n) -> Map.entry(Months.month(rs.getDate("month")), rs.getInt("n")))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    Totals totals(Long liaisonId, Period period) {
        String reach = reach(liaisonId);
        return jdbc.sql("SELECT"
                        + " (SELECT COUNT(DISTINCT cu.unit_id) FROM cobuilding_unit cu"
                        + "  JOIN cobuilding c ON c.id = cu.cobuilding_id WHERE cu.left_at IS NULL" + reach
                        + ") AS units,"
                        + " (SELECT COUNT(DISTINCT m.user_id) FROM membership m"
                        + "  JOIN cobuilding c ON c.id = m.cobuilding_id WHERE m.active" + reach + ") AS members,"
                        + " (SELECT COUNT(*) FROM cobuilding_unit cu JOIN cobuilding c ON c.id = cu.cobuilding_id"
                        + "  WHERE cu.joined_at >= :fromTime AND cu.joined_at < :toTime" + reach + ") AS entries,"
                        + " (SELECT COUNT(*) FROM cobuilding_unit cu JOIN cobuilding c ON c.id = cu.cobuilding_id"
                        + "  WHERE cu.left_at >= :fromTime AND cu.left_at < :toTime" + reach + ") AS exits,"
                        + " (SELECT COUNT(*) FROM briefing b WHERE b.published_at >= :fromTime"
                        + "  AND b.published_at < :toTime" + (liaisonId == null ? ""
                        : " AND EXISTS (SELECT 1 FROM briefing_target bt JOIN cobuilding c ON c.id = bt.cobuilding_id"
                        + " WHERE bt.briefing_id = b.id" + reach + ")") + ") AS published")
                .params(params(liaisonId, period))
                .query((rs, n) -> new Totals(rs.getInt("units"), rs.getInt("members"), rs.getInt("entries"),
                        rs.getInt("exits"), rs.getInt("published"))).single();
    }

    /** Push outcomes of the period: outcome → count. */
    Map<String, Long> pushOutcomes(Period period) {
        Map<String, Long> result = new LinkedHashMap<>();
        jdbc.sql("SELECT outcome, SUM(n) AS n FROM stats_push_month"
                        + " WHERE month >= :fromMonth AND month < :toMonth GROUP BY outcome")
                .params(params(null, period))
                .query((rs, n) -> Map.entry(rs.getString("outcome"), rs.getLong("n")))
                .list().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** When each of these people last posted in the group of these co-buildings: cobuilding id → user id → time. */
    Map<Long, Map<Long, Instant>> lastMessages(List<Long> cobuildingIds) {
        Map<Long, Map<Long, Instant>> result = new HashMap<>();
        if (cobuildingIds.isEmpty()) {
            return result;
        }
        jdbc.sql("SELECT cobuilding_id, user_id, last_at FROM stats_member_last_message"
                        + " WHERE cobuilding_id IN (:ids)")
                .param("ids", cobuildingIds)
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            rs.getTimestamp(3).toInstant());
                });
        return result;
    }

    /** Every value of the enum, counted from the rows (zeros kept), in enum order. */
    static <E extends Enum<E>> Map<String, Integer> byName(Class<E> type, Map<String, Integer> counts) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            result.put(value.name(), counts.getOrDefault(value.name(), 0));
        }
        return result;
    }

    static Map<String, Integer> statuses(List<CobuildingCount> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return byName(CobuildingStatus.class, counts);
    }

    static Map<String, Integer> unitTypes(List<CobuildingCount> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.unitType(), 1, Integer::sum));
        return byName(UnitType.class, counts);
    }

    static Map<String, Integer> activityTypes(List<ActivityMonth> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.type(), r.activities(), Integer::sum));
        return byName(ActivityType.class, counts);
    }

    private static String reach(Long liaisonId) {
        return liaisonId == null ? "" : " AND c.bureau_liaison_id = :liaisonId";
    }

    private static Map<String, Object> params(Long liaisonId, Period period) {
        Map<String, Object> params = new HashMap<>();
        if (liaisonId != null) {
            params.put("liaisonId", liaisonId);
        }
        if (period != null) {
            params.put("fromMonth", Date.valueOf(period.firstDay()));
            params.put("toMonth", Date.valueOf(period.endExclusive()));
            params.put("fromTime", Timestamp.from(period.startInstant()));
            params.put("toTime", Timestamp.from(period.endInstant()));
        }
        return params;
    }
}
