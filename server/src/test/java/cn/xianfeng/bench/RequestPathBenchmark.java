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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The request-path budget: {@code GET /api/mp/me} with a member token (token resolution, the interceptor, one
 * database read, JSON) against a constant JSON endpoint of a bare Spring Boot app in a JVM of its own, under the same
 * closed-loop load, in the same run. Not part of the test suite: {@code ./mvnw -B -Pbench test
 * -Dtest=RequestPathBenchmark}; {@code -Dbench.connections} and {@code -Dbench.seconds} change the load.
 */
@ApiTest
class RequestPathBenchmark extends ApiTestBase {

    private static final int CONNECTIONS = Integer.getInteger("bench.connections", 50);
    private static final long MEASURED_MILLIS = Long.getLong("bench.seconds", 10) * 1000;
    private static final long WARMUP_MILLIS = 5_000;
    private static final double BUDGET = 0.25;

    @Test
    void aSignedInReadAgainstABareEndpoint() throws Exception {
        String member = fixtures.member();
        assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);

        int barePort = freePort();
        Path log = Files.createTempFile("bare-app", ".log");
        Process bare = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BareApp.class.getName(),
                "--server.port=" + barePort, "--server.address=127.0.0.1",
                // No application.yml: this app is not the server. Connection settings filled in so that nothing
                // on the classpath starts an embedded database or Redis for it.
                "--spring.config.name=bare-app", "--spring.datasource.url=jdbc:none",
                "--spring.data.redis.url=redis://127.0.0.1:1", "--spring.main.banner-mode=off"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitUp(barePort, bare, log.toFile());

            LoadGenerator.run("bare warm-up", barePort, "/constant", null, CONNECTIONS, WARMUP_MILLIS);
            LoadGenerator.Result baseline = LoadGenerator.run("bare constant", barePort, "/constant", null,
                    CONNECTIONS, MEASURED_MILLIS);
            System.out.println("BENCH " + baseline);

            LoadGenerator.run("me warm-up", port, "/api/mp/me", member, CONNECTIONS, WARMUP_MILLIS);
            LoadGenerator.Result me = LoadGenerator.run("GET /api/mp/me (member)", port, "/api/mp/me", member,
                    CONNECTIONS, MEASURED_MILLIS);
            System.out.println("BENCH " + me);

            double ratio = me.perSecond() / baseline.perSecond();
            System.out.printf("BENCH request path: %d connections, /api/mp/me at %.1f %% of the bare endpoint "
                    + "(budget >= %.0f %%), p99 %.2f ms vs %.2f ms%n", CONNECTIONS, ratio * 100, BUDGET * 100,
                    me.percentileMillis(99), baseline.percentileMillis(99));

            assertThat(baseline.failures()).isZero();
            assertThat(me.failures()).isZero();
            assertThat(ratio).isGreaterThanOrEqualTo(BUDGET);
        } finally {
            bare.destroy();
            bare.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(int port, Process process, File log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The bare app exited: " + Files.readString(log.toPath()));
            }
            try {
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/constant")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The bare app did not start: " + Files.readString(log.toPath()));
    }
}
