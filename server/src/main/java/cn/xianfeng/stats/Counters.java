package cn.xianfeng.stats;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the counters as things happen. Every write is a targeted statement on the rows concerned: an increment
 * ({@code n = n + ?}) where the event says what changed, a recount of one activity where an activity changed as a
 * whole or people checked in to it. A check-in and the activity's scheduling handled in either order count it once,
 * as the recount reads what is stored. Left to the nightly reconciliation: an event handled twice after a crash, a
 * check-in reaction lost in a crash, a review that overrules a check-in, and people who join or leave an activity of
 * all members after its last check-in.
 */
@Component
class Counters {

    private static final int PEOPLE_PER_STATEMENT = 1_000;

    private final JdbcClient jdbc;
    private final ActivityRows activityRows;

    Counters(JdbcClient jdbc, ActivityRows activityRows) {
        this.jdbc = jdbc;
        this.activityRows = activityRows;
    }

    /**
     * A new activity: its rows with 应到 and no check-ins yet (none can come before its creation commits). Rows that
     * exist already (a first check-in got here first) are left as they are, so nothing is counted twice.
     */
    @Transactional
    void scheduleActivity(long activityId) {
        for (ActivityRows.Row r : activityRows.of(activityId)) {
            jdbc.sql("""
                    INSERT IGNORE INTO stats_activity (activity_id, cobuilding_id, month, type, start_at, expected,
                                                       attended, checkins)
                    VALUES (:activityId, :cobuildingId, :month, :type, :startAt, :expected, 0, 0)""")
                    .param("activityId", r.activityId()).param("cobuildingId", r.cobuildingId())
                    .param("month", r.month()).param("type", r.type()).param("startAt", r.startAt())
                    .param("expected", r.expected()).update();
        }
    }

    /**
     * Recounts one activity that changed or was cancelled: its rows become what the source tables say, and the
     * rows of co-buildings it no longer has (or all of them, once cancelled) go.
     */
    @Transactional
    void recountActivity(long activityId) {
        List<ActivityRows.Row> rows = activityRows.of(activityId);
        Set<Long> kept = new HashSet<>();
        for (ActivityRows.Row r : rows) {
            putActivity(r);
            kept.add(r.cobuildingId());
        }
        if (kept.isEmpty()) {
            jdbc.sql("DELETE FROM stats_activity WHERE activity_id = :activityId").param("activityId", activityId)
                    .update();
        } else {
            jdbc.sql("DELETE FROM stats_activity WHERE activity_id = :activityId AND cobuilding_id NOT IN (:kept)")
                    .param("activityId", activityId).param("kept", kept).update();
        }
    }

    private void putActivity(ActivityRows.Row r) {
        jdbc.sql("""
                INSERT INTO stats_activity (activity_id, cobuilding_id, month, type, start_at, expected, attended,
                                            checkins)
                VALUES (:activityId, :cobuildingId, :month, :type, :startAt, :expected, :attended, :checkins)
                ON DUPLICATE KEY UPDATE month = :month, type = :type, start_at = :startAt, expected = :expected,
                                        attended = :attended, checkins = :checkins""")
                .param("activityId", r.activityId()).param("cobuildingId", r.cobuildingId())
                .param("month", r.month()).param("type", r.type()).param("startAt", r.startAt())
                .param("expected", r.expected())
                .param("attended", r.attended()).param("checkins", r.checkins()).update();
    }

    /**
     * Check-ins of one activity, several at a time ({@link CheckinCounts}): its rows are recounted from the source
     * tables, as a change of the activity would, and the people are active in each co-building of the activity they are
     * a member of, in the month of their check-in. Both read the check-in table, so a check-in that was rolled back
     * counts for nothing, and one seen twice counts once.
     */
    @Transactional
    void checkins(long activityId, Collection<Long> userIds) {
        recountActivity(activityId);
        List<Long> people = List.copyOf(userIds);
        for (int from = 0; from < people.size(); from += PEOPLE_PER_STATEMENT) {
            jdbc.sql("INSERT IGNORE INTO stats_member_month (cobuilding_id, month, user_id)"
                            + " SELECT ac.cobuilding_id, " + Months.of("k.checked_in_at") + ", k.user_id FROM checkin k"
                            + " JOIN activity_cobuilding ac ON ac.activity_id = k.activity_id"
                            + " JOIN membership m ON m.cobuilding_id = ac.cobuilding_id AND m.user_id = k.user_id"
                            + " WHERE k.activity_id = :activityId AND k.user_id IN (:userIds)")
                    .param("activityId", activityId)
                    .param("userIds", people.subList(from, Math.min(people.size(), from + PEOPLE_PER_STATEMENT)))
                    .update();
        }
    }

    /**
     * A progress report and its photos, in the month it was stored (read from its row, as the reconciliation will);
     * the reporter was active then. Nothing when the report is gone.
     */
    @Transactional
    void progress(long reportId, long cobuildingId, long reporterId, int photos) {
        jdbc.sql("SELECT created_at FROM progress_report WHERE id = :id").param("id", reportId)
                .query(Timestamp.class).optional().ifPresent(created -> {
                    Date month = Months.of(created.toInstant());
                    addMonthly(cobuildingId, month, 1, photos, 0, 0, 0);
                    active(cobuildingId, month, reporterId);
                });
    }

    /** A text or image in the group; a member who posts is active, and their last post moves. */
    @Transactional
    void message(long cobuildingId, String senderType, long senderId, Instant at) {
        addMonthly(cobuildingId, Months.of(at), 0, 0, 1, 0, 0);
        if ("MEMBER".equals(senderType)) {
            active(cobuildingId, Months.of(at), senderId);
            jdbc.sql("""
                    INSERT INTO stats_member_last_message (cobuilding_id, user_id, last_at)
                    VALUES (:cobuildingId, :userId, :at)
                    ON DUPLICATE KEY UPDATE last_at = GREATEST(last_at, :at)""")
                    .param("cobuildingId", cobuildingId).param("userId", senderId).param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** A briefing's first publication: the members it went to, per co-building, in the month it was published. */
    @Transactional
    void briefingPublished(long briefingId) {
        jdbc.sql("SELECT ba.cobuilding_id, " + Months.of("b.published_at") + " AS month, COUNT(*) AS n"
                        + " FROM briefing_audience ba JOIN briefing b ON b.id = ba.briefing_id"
                        + " WHERE ba.briefing_id = :briefingId AND b.published_at IS NOT NULL"
                        + " GROUP BY ba.cobuilding_id, month")
                .param("briefingId", briefingId)
                .query((rs, n) -> new MonthCount(rs.getLong("cobuilding_id"), rs.getDate("month"), rs.getInt("n")))
                .list().forEach(c -> addMonthly(c.cobuildingId(), c.month(), 0, 0, 0, c.n(), 0));
    }

    /** Someone added to briefings' audiences after their publishing: counted in each briefing's month, as the rest. */
    @Transactional
    void briefingAudienceJoined(long userId, Collection<Long> briefingIds) {
        if (briefingIds.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT ba.cobuilding_id, " + Months.of("b.published_at") + " AS month, COUNT(*) AS n"
                        + " FROM briefing_audience ba JOIN briefing b ON b.id = ba.briefing_id"
                        + " WHERE ba.user_id = :userId AND ba.briefing_id IN (:briefingIds)"
                        + " AND b.published_at IS NOT NULL GROUP BY ba.cobuilding_id, month")
                .param("userId", userId).param("briefingIds", briefingIds)
                .query((rs, n) -> new MonthCount(rs.getLong("cobuilding_id"), rs.getDate("month"), rs.getInt("n")))
                .list().forEach(c -> addMonthly(c.cobuildingId(), c.month(), 0, 0, 0, c.n(), 0));
    }

    /** A first read, counted where the reader was reached (their audience row), in the briefing's month. */
    @Transactional
    void briefingRead(long briefingId, long userId) {
        jdbc.sql("SELECT ba.cobuilding_id, " + Months.of("b.published_at") + " AS month, 1 AS n"
                        + " FROM briefing_audience ba JOIN briefing b ON b.id = ba.briefing_id"
                        + " WHERE ba.briefing_id = :briefingId AND ba.user_id = :userId AND b.published_at IS NOT NULL")
                .param("briefingId", briefingId).param("userId", userId)
                .query((rs, n) -> new MonthCount(rs.getLong("cobuilding_id"), rs.getDate("month"), rs.getInt("n")))
                .list().forEach(c -> addMonthly(c.cobuildingId(), c.month(), 0, 0, 0, 0, c.n()));
    }

    /** A push delivery's final outcome. */
    void push(String scene, String outcome, Instant at) {
        jdbc.sql("""
                INSERT INTO stats_push_month (month, scene, outcome, n) VALUES (:month, :scene, :outcome, 1)
                ON DUPLICATE KEY UPDATE n = n + 1""")
                .param("month", Months.of(at)).param("scene", scene).param("outcome", outcome).update();
    }

    private record MonthCount(long cobuildingId, Date month, int n) {
    }

    private void addMonthly(long cobuildingId, Date month, int progress, int photos, int messages, int targeted,
                            int read) {
        jdbc.sql("""
                INSERT INTO stats_cobuilding_month
                    (cobuilding_id, month, progress_reports, photos, messages, briefings_targeted, briefings_read)
                VALUES (:cobuildingId, :month, :progress, :photos, :messages, :targeted, :read)
                ON DUPLICATE KEY UPDATE progress_reports = progress_reports + :progress, photos = photos + :photos,
                    messages = messages + :messages, briefings_targeted = briefings_targeted + :targeted,
                    briefings_read = briefings_read + :read""")
                .param("cobuildingId", cobuildingId).param("month", month).param("progress", progress)
                .param("photos", photos).param("messages", messages).param("targeted", targeted)
                .param("read", read).update();
    }

    private void active(long cobuildingId, Date month, long userId) {
        jdbc.sql("INSERT IGNORE INTO stats_member_month (cobuilding_id, month, user_id)"
                        + " VALUES (:cobuildingId, :month, :userId)")
                .param("cobuildingId", cobuildingId).param("month", month).param("userId", userId).update();
    }
}
