package cn.xianfeng.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows of the outbox and the grants, read and written as the tests need them. */
final class PushTestSupport {

    private PushTestSupport() {
    }

    /** Waits (up to 10 s) for something an after-commit listener or a kicked round does. */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long for " + what).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static String openid(JdbcTemplate jdbc, long userId) {
        return jdbc.queryForObject("SELECT openid FROM app_user WHERE id = ?", String.class, userId);
    }

    static Integer remaining(JdbcTemplate jdbc, long userId, String templateId) {
        return jdbc.query("SELECT remaining FROM push_quota WHERE user_id = ? AND template_id = ?",
                rs -> rs.next() ? rs.getInt(1) : null, userId, templateId);
    }

    static void grant(JdbcTemplate jdbc, long userId, String templateId, int sends) {
        jdbc.update("INSERT INTO push_quota (user_id, template_id, remaining, last_result) VALUES (?, ?, ?, 'accept')"
                + " ON DUPLICATE KEY UPDATE remaining = VALUES(remaining)", userId, templateId, sends);
    }

    /** A PENDING delivery due now, written as the outbox writes it (no worker is woken). */
    static long pending(JdbcTemplate jdbc, PushScene scene, String refId, long userId, String templateId) {
        jdbc.update("INSERT INTO push_delivery (scene, ref_id, user_id, template_id, page, data, status,"
                + " next_attempt_at) VALUES (?, ?, ?, ?, 'pages/index/index', '{\"thing1\":\"测试\"}', 'PENDING', ?)",
                scene.name(), refId, userId, templateId, Timestamp.from(Instant.now().minusSeconds(1)));
        return jdbc.queryForObject("SELECT id FROM push_delivery WHERE scene = ? AND ref_id = ? AND user_id = ?",
                Long.class, scene.name(), refId, userId);
    }

    static String status(JdbcTemplate jdbc, long deliveryId) {
        return jdbc.queryForObject("SELECT status FROM push_delivery WHERE id = ?", String.class, deliveryId);
    }

    static int count(JdbcTemplate jdbc, PushScene scene, String refId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery WHERE scene = ? AND ref_id = ?",
                Integer.class, scene.name(), refId);
    }
}
