package cn.xianfeng.stats;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the metrics of many co-buildings at once. */
@Component
class MetricsReader {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final GoalStandings goals;
    private final ParallelReads parallel;

    MetricsReader(JdbcClient jdbc, Clock clock, GoalStandings goals, ParallelReads parallel) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.goals = goals;
        this.parallel = parallel;
    }

    Map<Long, CobuildingMetrics> metrics(Collection<Long> cobuildingIds, Period period) {
        if (cobuildingIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(cobuildingIds);
        Map<String, Object> p = new HashMap<>();
        p.put("ids", ids);
        p.put("fromMonth", Date.valueOf(period.firstDay()));
        p.put("toMonth", Date.valueOf(period.endExclusive()));
        Instant now = clock.instant();
        p.put("last", Timestamp.from(now.isBefore(period.endInstant()) ? now : period.endInstant()));

        // The two dearest reads run beside the others.
        Future<Map<Long, Integer>> activeRead = parallel.start(() -> activeMembers(p));
        Future<Map<Long, GoalStandings.Standing>> standingsRead = parallel.start(
                () -> goals.of(ids, LocalDate.ofInstant(now, Period.ZONE)));

        Map<Long, Base> base = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.id, c.name, c.status, u.type AS unit_type, c.bureau_liaison_id,
                       (SELECT COUNT(*) FROM membership m WHERE m.cobuilding_id = c.id AND m.active) AS members
                FROM cobuilding c JOIN unit u ON u.id = c.lead_unit_id
                WHERE c.id IN (:ids) ORDER BY c.id""").params(p).query((rs, n) -> new Base(rs.getLong("id"),
                        rs.getString("name"), rs.getString("status"), rs.getString("unit_type"),
                        nullableLong(rs, "bureau_liaison_id"), rs.getInt("members")))
                .list().forEach(b -> base.put(b.id(), b));

        Map<Long, ActivityNumbers> activities = new HashMap<>();
        jdbc.sql("""
                SELECT s.cobuilding_id, COUNT(*) AS activities, SUM(s.expected) AS expected,
                       SUM(s.attended) AS attended, SUM(s.checkins) AS checkins
                FROM stats_activity s
                WHERE s.cobuilding_id IN (:ids) AND s.month >= :fromMonth AND s.month < :toMonth
                GROUP BY s.cobuilding_id""").params(p)
                .query((rs, n) -> new ActivityNumbers(rs.getLong("cobuilding_id"), rs.getInt("activities"),
                        rs.getLong("expected"), rs.getLong("attended"), rs.getLong("checkins")))
                .list().forEach(a -> activities.put(a.cobuildingId(), a));

        Map<Long, LocalDate> lastActivity = new HashMap<>();
        jdbc.sql("""
                SELECT cobuilding_id, MAX(start_at) AS last_start FROM stats_activity
                WHERE cobuilding_id IN (:ids) AND start_at < :last
                GROUP BY cobuilding_id""").params(p).query((rs, n) -> Map.entry(rs.getLong(1),
                        rs.getTimestamp(2).toInstant().atZone(Period.ZONE).toLocalDate()))
                .list().forEach(e -> lastActivity.put(e.getKey(), e.getValue()));

        Map<Long, MonthlyNumbers> monthly = new HashMap<>();
        jdbc.sql("""
                SELECT cobuilding_id, SUM(progress_reports) AS progress_reports, SUM(photos) AS photos,
                       SUM(messages) AS messages, SUM(briefings_targeted) AS briefings_targeted,
                       SUM(briefings_read) AS briefings_read
                FROM stats_cobuilding_month
                WHERE cobuilding_id IN (:ids) AND month >= :fromMonth AND month < :toMonth
                GROUP BY cobuilding_id""").params(p)
                .query((rs, n) -> new MonthlyNumbers(rs.getLong("cobuilding_id"), rs.getInt("progress_reports"),
                        rs.getInt("photos"), rs.getLong("messages"), rs.getInt("briefings_targeted"),
                        rs.getInt("briefings_read")))
                .list().forEach(m -> monthly.put(m.cobuildingId(), m));

        Map<Long, Integer> active = ParallelReads.join(activeRead);
        Map<Long, GoalStandings.Standing> standings = ParallelReads.join(standingsRead);

        Map<Long, CobuildingMetrics> result = new LinkedHashMap<>();
        for (Base b : base.values()) {
            ActivityNumbers a = activities.getOrDefault(b.id(), new ActivityNumbers(b.id(), 0, 0, 0, 0));
            MonthlyNumbers m = monthly.getOrDefault(b.id(), new MonthlyNumbers(b.id(), 0, 0, 0, 0, 0));
            GoalStandings.Standing g = standings.getOrDefault(b.id(), GoalStandings.Standing.NONE);
            result.put(b.id(), new CobuildingMetrics(b.id(), b.name(), b.status(), b.unitType(), b.liaisonId(),
                    b.members(), active.getOrDefault(b.id(), 0), a.activities(), a.expected(), a.attended(),
                    CobuildingMetrics.rate(a.attended(), a.expected()), lastActivity.get(b.id()),
                    m.progressReports(), m.photos(), g.overdueTasks(), g.completionByCategory(),
                    m.briefingsTargeted(), m.briefingsRead(),
                    CobuildingMetrics.rate(m.briefingsRead(), m.briefingsTargeted()), m.messages(), a.checkins()));
        }
        return result;
    }

    /** Distinct people active in each co-building during the period. */
    private Map<Long, Integer> activeMembers(Map<String, Object> p) {
        Map<Long, Integer> active = new HashMap<>();
        jdbc.sql("""
                SELECT cobuilding_id, COUNT(DISTINCT user_id) FROM stats_member_month
                WHERE cobuilding_id IN (:ids) AND month >= :fromMonth AND month < :toMonth
                GROUP BY cobuilding_id""").params(p)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list().forEach(e -> active.put(e.getKey(), e.getValue()));
        return active;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record Base(long id, String name, String status, String unitType, Long liaisonId, int members) {
    }

    private record ActivityNumbers(long cobuildingId, int activities, long expected, long attended, long checkins) {
    }

    private record MonthlyNumbers(long cobuildingId, int progressReports, int photos, long messages,
                                  int briefingsTargeted, int briefingsRead) {
    }
}
