package cn.xianfeng.stats;

import static cn.xianfeng.stats.CounterTable.Column.of;
import static cn.xianfeng.stats.CounterTable.Kind.DATE;
import static cn.xianfeng.stats.CounterTable.Kind.LONG;
import static cn.xianfeng.stats.CounterTable.Kind.STRING;
import static cn.xianfeng.stats.CounterTable.Kind.TIME;

import cn.xianfeng.shared.web.ApiTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every counter from the source tables, compares, and repairs the rows that drifted with targeted writes
 * (insert the missing, set the wrong, delete the left over), logging how many per table. Each table's source is one
 * set-based query (GROUP BY over the event tables, through their indexes); the comparison is in memory, the counter
 * tables being small. A repair only applies while the row still holds what was read, so an event counted meanwhile is
 * never undone. One run at a time across instances (a Redisson lock): the nightly job skips when another instance
 * holds it; a run asked for explicitly waits for the running one, then runs.
 */
@Component
public class StatsReconciliation {

    private static final Logger log = LoggerFactory.getLogger(StatsReconciliation.class);
    private static final String LOCK = "stats:reconcile";
    private static final int BATCH = 1000;

    private static final String GROUP_MESSAGES = " FROM message m JOIN conversation c ON c.id = m.conversation_id"
            + " WHERE c.type = 'GROUP' AND m.type IN ('TEXT', 'IMAGE')";

    static final List<CounterTable> TABLES = List.of(
            new CounterTable("stats_activity", List.of(of("activity_id", LONG), of("cobuilding_id", LONG)),
                    List.of(of("month", DATE), of("type", STRING), of("expected", LONG), of("attended", LONG),
                            of("checkins", LONG)),
                    ActivityRows.ALL),
            new CounterTable("stats_cobuilding_month", List.of(of("cobuilding_id", LONG), of("month", DATE)),
                    List.of(of("progress_reports", LONG), of("photos", LONG), of("messages", LONG),
                            of("briefings_targeted", LONG), of("briefings_read", LONG)),
                    "SELECT cobuilding_id, month, SUM(p) AS progress_reports, SUM(ph) AS photos, SUM(msg) AS messages,"
                            + " SUM(t) AS briefings_targeted, SUM(r) AS briefings_read FROM ("
                            + " SELECT cobuilding_id, " + Months.of("created_at") + " AS month, COUNT(*) AS p,"
                            + " 0 AS ph, 0 AS msg, 0 AS t, 0 AS r FROM progress_report GROUP BY cobuilding_id, month"
                            + " UNION ALL SELECT r.cobuilding_id, " + Months.of("r.created_at") + " AS month, 0,"
                            + " COUNT(*), 0, 0, 0 FROM progress_photo p JOIN progress_report r ON r.id = p.report_id"
                            + " GROUP BY r.cobuilding_id, month"
                            + " UNION ALL SELECT c.cobuilding_id, " + Months.of("m.created_at") + " AS month, 0, 0,"
                            + " COUNT(*), 0, 0" + GROUP_MESSAGES + " GROUP BY c.cobuilding_id, month"
                            + " UNION ALL SELECT ba.cobuilding_id, " + Months.of("b.published_at") + " AS month, 0,"
                            + " 0, 0, COUNT(*), COUNT(br.id) FROM briefing_audience ba"
                            + " JOIN briefing b ON b.id = ba.briefing_id AND b.published_at IS NOT NULL"
                            + " LEFT JOIN briefing_read br ON br.briefing_id = ba.briefing_id AND br.user_id = ba.user_id"
                            + " GROUP BY ba.cobuilding_id, month"
                            + ") u GROUP BY cobuilding_id, month"),
            new CounterTable("stats_member_month",
                    List.of(of("cobuilding_id", LONG), of("month", DATE), of("user_id", LONG)), List.of(),
                    "SELECT c.cobuilding_id, " + Months.of("m.created_at") + " AS month, m.sender_id AS user_id"
                            + GROUP_MESSAGES + " AND m.sender_type = 'MEMBER' GROUP BY c.cobuilding_id, month, user_id"
                            + " UNION SELECT cobuilding_id, " + Months.of("created_at") + " AS month,"
                            + " reporter_id AS user_id FROM progress_report GROUP BY cobuilding_id, month, user_id"
                            + " UNION SELECT ac.cobuilding_id, " + Months.of("k.checked_in_at") + " AS month,"
                            + " k.user_id FROM checkin k JOIN activity_cobuilding ac ON ac.activity_id = k.activity_id"
                            + " JOIN membership ms ON ms.cobuilding_id = ac.cobuilding_id AND ms.user_id = k.user_id"
                            + " GROUP BY ac.cobuilding_id, month, k.user_id"),
            new CounterTable("stats_member_last_message", List.of(of("cobuilding_id", LONG), of("user_id", LONG)),
                    List.of(of("last_at", TIME)),
                    "SELECT c.cobuilding_id, m.sender_id AS user_id, MAX(m.created_at) AS last_at" + GROUP_MESSAGES
                            + " AND m.sender_type = 'MEMBER' GROUP BY c.cobuilding_id, m.sender_id"),
            new CounterTable("stats_push_month", List.of(of("month", DATE), of("scene", STRING), of("outcome", STRING)),
                    List.of(of("n", LONG)),
                    "SELECT " + Months.of("COALESCE(sent_at, updated_at)") + " AS month, scene,"
                            + " CASE status WHEN 'SENT' THEN 'SENT' WHEN 'NO_QUOTA' THEN 'SKIPPED' ELSE 'FAILED' END"
                            + " AS outcome, COUNT(*) AS n FROM push_delivery"
                            + " WHERE status IN ('SENT', 'NO_QUOTA', 'FAILED') GROUP BY month, scene, outcome"));

    private final JdbcTemplate jdbc;
    private final RedissonClient redisson;
    private final Clock clock;

    StatsReconciliation(JdbcTemplate jdbc, RedissonClient redisson, Clock clock) {
        this.jdbc = jdbc;
        this.redisson = redisson;
        this.clock = clock;
    }

    @Scheduled(cron = "${xf.stats.reconcile-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        RLock lock = redisson.getLock(LOCK);
        if (!lock.tryLock()) {
            return;
        }
        try {
            run();
        } catch (RuntimeException e) {
            // Tomorrow's run tries again; a failing run must not end the schedule.
            log.warn("Stats reconciliation failed: {}", e.getClass().getSimpleName());
        } finally {
            lock.unlock();
        }
    }

    /** Runs now (after a run in progress elsewhere, if any) and says what it repaired. */
    public ReconciliationReport reconcile() {
        RLock lock = redisson.getLock(LOCK);
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a reconciliation in progress", e);
        }
        try {
            return run();
        } finally {
            lock.unlock();
        }
    }

    private ReconciliationReport run() {
        Instant started = clock.instant();
        long start = System.nanoTime();
        List<ReconciliationReport.Table> tables = new ArrayList<>();
        long fixed = 0;
        for (CounterTable table : TABLES) {
            ReconciliationReport.Table result = reconcile(table);
            tables.add(result);
            fixed += result.drifted() - result.skipped();
            log.info("Stats reconciliation of {}: {} rows, {} missing, {} wrong, {} left over, {} moved meanwhile",
                    table.name(), result.rowsChecked(), result.missing(), result.changed(), result.extra(),
                    result.skipped());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        log.info("Stats reconciliation done in {} ms: {} rows repaired", millis, fixed);
        return new ReconciliationReport(ApiTime.of(started), millis, tables, fixed);
    }

    private ReconciliationReport.Table reconcile(CounterTable table) {
        // The counters are read before the sources: an event counted in between then shows as a row to repair, and
        // the repair (conditional on what was read) finds the row moved and leaves it.
        Map<List<Object>, List<Object>> current = new HashMap<>();
        jdbc.query(table.selectCurrent(), rs -> {
            current.put(table.readKey(rs), table.readValues(rs));
        });
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        long[] checked = {0};
        jdbc.query(table.source(), rs -> {
            checked[0]++;
            List<Object> key = table.readKey(rs);
            List<Object> computed = table.readValues(rs);
            List<Object> found = current.remove(key);
            if (found == null) {
                inserts.add(table.insertParams(key, computed));
            } else if (!found.equals(computed)) {
                updates.add(table.updateParams(key, computed, found));
            }
        });
        List<Object[]> deletes = new ArrayList<>();
        current.forEach((key, values) -> deletes.add(table.matchParams(key, values)));
        long applied = apply(table.insertMissing(), inserts) + apply(table.updateChanged(), updates)
                + apply(table.deleteExtra(), deletes);
        long drifted = inserts.size() + updates.size() + deletes.size();
        return new ReconciliationReport.Table(table.name(), checked[0], inserts.size(), updates.size(), deletes.size(),
                drifted - applied);
    }

    /** Runs the statements in batches; how many changed a row. */
    private long apply(String sql, List<Object[]> params) {
        long changed = 0;
        for (int i = 0; i < params.size(); i += BATCH) {
            for (int n : jdbc.batchUpdate(sql, params.subList(i, Math.min(params.size(), i + BATCH)))) {
                // With rewritten batches the driver may only say "succeeded, count unknown" (-2).
                changed += n == java.sql.Statement.SUCCESS_NO_INFO ? 1 : n;
            }
        }
        return changed;
    }
}
