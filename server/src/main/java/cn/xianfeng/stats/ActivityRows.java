package cn.xianfeng.stats;

import java.sql.Date;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code stats_activity} rows as the source tables give them, for one activity or for all: one per co-building of
 * an activity that is not cancelled. 应到 (expected) is, per co-building, the listed people who are its members (a
 * LISTED activity), or its members while the activity ran (joined before its end, not removed before its start; an
 * activity of ALL members); 实到 (attended) those of them with a check-in that was not overruled; check-ins are all the
 * activity's check-ins. The one query groups check-ins through their unique key (activity, person), so it copes with a
 * million of them.
 */
@Component
class ActivityRows {

    /** One row of {@code stats_activity}. */
    record Row(long activityId, long cobuildingId, Date month, String type, int expected, int attended,
               int checkins) {

        Key key() {
            return new Key(activityId, cobuildingId);
        }
    }

    record Key(long activityId, long cobuildingId) {
    }

    private static final String COUNTS = "(c.review_decision IS NULL OR c.review_decision <> 'OVERRULED')";
    private static final String DURING = "m.joined_at < a2.end_at AND (m.removed_at IS NULL OR m.removed_at > a2.start_at)";

    private static final String SOURCE = """
            SELECT ac.activity_id, ac.cobuilding_id, %1$s AS month, a.type,
                   COALESCE(x.expected, 0) AS expected, COALESCE(x.attended, 0) AS attended,
                   COALESCE(k.checkins, 0) AS checkins
            FROM activity_cobuilding ac
            JOIN activity a ON a.id = ac.activity_id
            LEFT JOIN (
                SELECT ac2.activity_id, ac2.cobuilding_id, COUNT(*) AS expected, COUNT(c.id) AS attended
                FROM activity_cobuilding ac2
                JOIN activity a2 ON a2.id = ac2.activity_id AND a2.expected_scope = 'LISTED'
                JOIN activity_expected e ON e.activity_id = ac2.activity_id
                JOIN membership m ON m.cobuilding_id = ac2.cobuilding_id AND m.user_id = e.user_id
                LEFT JOIN checkin c ON c.activity_id = e.activity_id AND c.user_id = e.user_id AND %2$s
                WHERE a2.cancelled_at IS NULL %4$s
                GROUP BY ac2.activity_id, ac2.cobuilding_id
                UNION ALL
                SELECT ac2.activity_id, ac2.cobuilding_id, COUNT(*) AS expected, COUNT(c.id) AS attended
                FROM activity_cobuilding ac2
                JOIN activity a2 ON a2.id = ac2.activity_id AND a2.expected_scope = 'ALL'
                JOIN membership m ON m.cobuilding_id = ac2.cobuilding_id AND %3$s
                LEFT JOIN checkin c ON c.activity_id = ac2.activity_id AND c.user_id = m.user_id AND %2$s
                WHERE a2.cancelled_at IS NULL %4$s
                GROUP BY ac2.activity_id, ac2.cobuilding_id
            ) x ON x.activity_id = ac.activity_id AND x.cobuilding_id = ac.cobuilding_id
            LEFT JOIN (
                SELECT ac3.activity_id, ac3.cobuilding_id, COUNT(*) AS checkins
                FROM activity_cobuilding ac3
                JOIN checkin k3 ON k3.activity_id = ac3.activity_id
                JOIN membership m ON m.cobuilding_id = ac3.cobuilding_id AND m.user_id = k3.user_id
                %5$s
                GROUP BY ac3.activity_id, ac3.cobuilding_id
            ) k ON k.activity_id = ac.activity_id AND k.cobuilding_id = ac.cobuilding_id
            WHERE a.cancelled_at IS NULL %6$s
            """;

    /** Every row: the reconciliation's source. */
    static final String ALL = SOURCE.formatted(Months.of("a.start_at"), COUNTS, DURING, "", "", "");
    private static final String ONE = SOURCE.formatted(Months.of("a.start_at"), COUNTS, DURING,
            "AND ac2.activity_id = :activityId", "WHERE ac3.activity_id = :activityId", "AND ac.activity_id = :activityId");

    private final JdbcClient jdbc;

    ActivityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The activity's rows now; none when it is cancelled or gone. */
    List<Row> of(long activityId) {
        return jdbc.sql(ONE).param("activityId", activityId).query(ActivityRows::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("activity_id"), rs.getLong("cobuilding_id"), rs.getDate("month"),
                rs.getString("type"), rs.getInt("expected"), rs.getInt("attended"), rs.getInt("checkins"));
    }
}
