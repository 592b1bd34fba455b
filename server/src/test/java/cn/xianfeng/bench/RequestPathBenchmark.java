package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.bench.bare.BareApp;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The request-path budget: {@code GET /api/mp/me} with a member token (token resolution, the interceptor, the
 * profile, JSON) against a constant JSON endpoint of a bare Spring Boot app, each in a JVM of its own, under the same
 * closed-loop load from this JVM, in the same run. The server under test is started like the bare app (same JVM
 * options) on this test run's database and Redis, so neither shares its heap and JIT with the load generator. The
 * same call to the test's in-process server is measured too, for comparison. Not part of the test suite:
 * {@code ./mvnw -B -Pbench test -Dtest=RequestPathBenchmark}; {@code -Dbench.connections} and
 * {@code -Dbench.seconds} change the load.
 */
@ApiTest
class RequestPathBenchmark extends ApiTestBase {

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);
    private static final long MEASURED_MILLIS = Long.getLong("bench.seconds", 10) * 1000;
    private static final long WARMUP_MILLIS = 5_000;
    private static final double BUDGET = 0.25;

    @Autowired
    Environment environment;

    @Test
    void aSignedInReadAgainstABareEndpoint() throws Exception {
        String member = fixtures.member();
        assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);

        int barePort = freePort();
        Path bareLog = Files.createTempFile("bare-app", ".log");
        Process bare = startJvm(BareApp.class.getName(), bareLog, Map.of(),
                "--server.port=" + barePort, "--server.address=127.0.0.1",
                // No application.yml: this app is not the server. Connection settings filled in so that nothing
                // on the classpath starts an embedded database or Redis for it.
                "--spring.config.name=bare-app", "--spring.datasource.url=jdbc:none",
                "--spring.data.redis.url=redis://127.0.0.1:1", "--spring.main.banner-mode=off");
        int serverPort = freePort();
        Path serverLog = Files.createTempFile("server", ".log");
        // The server as production runs it, on this run's database and Redis; the simulator stays on (no WeChat).
        Process server = startJvm("cn.xianfeng.XianfengApplication", serverLog, Map.of(
                        "XF_DB_URL", environment.getRequiredProperty("spring.datasource.url"),
                        "XF_DB_USERNAME", environment.getProperty("spring.datasource.username", ""),
                        "XF_DB_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                        "XF_REDIS_URL", environment.getRequiredProperty("spring.data.redis.url"),
                        "XF_REDIS_NAMESPACE", environment.getRequiredProperty("xf.redis.namespace")),
                "--spring.profiles.active=local", "--server.port=" + serverPort, "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        try {
            awaitUp(barePort, "/constant", null, bare, bareLog.toFile());
            awaitUp(serverPort, "/api/mp/me", member, server, serverLog.toFile());

            LoadGenerator.run("bare warm-up", barePort, "/constant", null, CONNECTIONS, WARMUP_MILLIS);
            LoadGenerator.Result baseline = LoadGenerator.run("bare constant", barePort, "/constant", null,
                    CONNECTIONS, MEASURED_MILLIS);
            System.out.println("BENCH " + baseline);

            LoadGenerator.run("me warm-up", serverPort, "/api/mp/me", member, CONNECTIONS, WARMUP_MILLIS);
            LoadGenerator.Result me = LoadGenerator.run("GET /api/mp/me (member, server in its own JVM)",
                    serverPort, "/api/mp/me", member, CONNECTIONS, MEASURED_MILLIS);
            System.out.println("BENCH " + me);

            LoadGenerator.run("in-process warm-up", port, "/api/mp/me", member, CONNECTIONS, WARMUP_MILLIS);
            LoadGenerator.Result inProcess = LoadGenerator.run("GET /api/mp/me (member, server in the test JVM)",
                    port, "/api/mp/me", member, CONNECTIONS, MEASURED_MILLIS);
            System.out.println("BENCH " + inProcess);
            System.out.printf("BENCH for comparison: the same call in the load generator's JVM at %.1f %% of bare%n",
                    inProcess.perSecond() / baseline.perSecond() * 100);

            double ratio = me.perSecond() / baseline.perSecond();
            System.out.printf("BENCH request path: %d connections, /api/mp/me at %.1f %% of the bare endpoint "
                    + "(budget >= %.0f %%), p99 %.2f ms vs %.2f ms%n", CONNECTIONS, ratio * 100, BUDGET * 100,
                    me.percentileMillis(99), baseline.percentileMillis(99));

            assertThat(baseline.failures()).isZero();
            assertThat(me.failures()).isZero();
            assertThat(ratio).isGreaterThanOrEqualTo(BUDGET);
        } finally {
            for (Process process : List.of(bare, server)) {
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** A JVM on this classpath, with the same options for the bare app and the server. */
    private static Process startJvm(String mainClass, Path log, Map<String, String> env, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        String recording = System.getProperty("bench.jfr");
        if (recording != null) {
            // -Dbench.jfr=<dir>: a flight recording of each JVM, to see where a request's time goes.
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(recording,
                    mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".jfr"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(int port, String path, String token, Process process, File log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(process.info().command().orElse("A JVM") + " exited: "
                        + Files.readString(log.toPath()));
            }
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> reply = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Not up within 60 s: " + Files.readString(log.toPath()));
    }
}
