package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The check-in budget (DESIGN §8): 2,000 members of one co-building check in to one activity through 50 concurrent
 * clients; every check-in is stored exactly once, p99 < 150 ms, and the check-ins per second are at least 40 % of
 * {@code GET /api/mp/me}'s on the same server in the same run. The server runs in a JVM of its own (as in
 * {@link RequestPathBenchmark}) on this test run's database and Redis; the load comes from this JVM. The check-in
 * path is warmed by a first activity the same 2,000 people check in to, then measured on a second one. Not part of
 * the test suite: {@code ./mvnw -B -Pbench test -Dtest=CheckinBenchmark}.
 */
@ApiTest
class CheckinBenchmark extends ApiTestBase {

    private static final int MEMBERS = Integer.getInteger("bench.members", 2_000);
    private static final int CLIENTS = Integer.getInteger("bench.connections", 50);
    private static final long ME_MILLIS = Long.getLong("bench.seconds", 10) * 1000;
    private static final int WARM_UPS = Integer.getInteger("bench.warmups", 3);
    private static final double RATIO_BUDGET = 0.40;
    private static final double P99_BUDGET_MILLIS = 150;

    @Autowired
    Environment environment;

    record Burst(int created, int other, double seconds, long[] sortedMicros) {
        double perSecond() {
            return (created + other) / seconds;
        }

        double percentileMillis(double p) {
            int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
            return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%d check-ins (%d answered 201, %d other) in %.2f s: %.0f/s, p50 %.2f ms, "
                            + "p99 %.2f ms, max %.2f ms", created + other, created, other, seconds, perSecond(),
                    percentileMillis(50), percentileMillis(99), sortedMicros[sortedMicros.length - 1] / 1000.0);
        }
    }

    @Test
    void twoThousandMembersCheckInToOneActivityThroughFiftyClients() throws Exception {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        List<String> members = members(pioneer, cobuildingId);
        List<String> warmups = new ArrayList<>();
        for (int i = 1; i <= WARM_UPS; i++) {
            warmups.add(activity(pioneer, cobuildingId, "签到预热 " + i));
        }
        String measured = activity(pioneer, cobuildingId, "科技成果转化讲座");

        int serverPort = freePort();
        Path serverLog = Files.createTempFile("checkin-server", ".log");
        Process server = startServer(serverPort, serverLog);
        try {
            awaitUp(serverPort, "/api/mp/me", pioneer, server, serverLog.toFile());

            LoadGenerator.run("me warm-up", serverPort, "/api/mp/me", members.get(0), CLIENTS, 5_000);
            LoadGenerator.Result me = LoadGenerator.run("GET /api/mp/me (member, server in its own JVM)",
                    serverPort, "/api/mp/me", members.get(0), CLIENTS, ME_MILLIS);
            System.out.println("BENCH " + me);

            // The JIT compiles the check-in path during the first bursts (warm-up p99s are seconds): a server that
            // has been up a day has it compiled, and the measured burst should not pay for the compiler threads.
            for (String warmup : warmups) {
                Burst warm = burst(serverPort, warmup, members);
                System.out.println("BENCH check-in warm-up (another activity): " + warm);
            }
            Burst checkins = burst(serverPort, measured, members);
            System.out.println("BENCH check-in burst: " + checkins);

            double ratio = checkins.perSecond() / me.perSecond();
            System.out.printf("BENCH check-in: %d members, %d clients: %.0f check-ins/s vs %.0f GET /api/mp/me/s = "
                            + "%.1f %% (budget >= %.0f %%); p50 %.2f ms, p99 %.2f ms (budget < %.0f ms)%n",
                    MEMBERS, CLIENTS, checkins.perSecond(), me.perSecond(), ratio * 100, RATIO_BUDGET * 100,
                    checkins.percentileMillis(50), checkins.percentileMillis(99), P99_BUDGET_MILLIS);

            long activityId = Long.parseLong(measured);
            assertThat(checkins.created()).isEqualTo(MEMBERS);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checkin WHERE activity_id = ?", Integer.class,
                    activityId)).isEqualTo(MEMBERS);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT user_id) FROM checkin WHERE activity_id = ?",
                    Integer.class, activityId)).isEqualTo(MEMBERS);
            // A retry of everyone answers the originals and stores nothing more.
            Burst retries = burst(serverPort, measured, members);
            System.out.println("BENCH retries of the same 2,000: " + retries);
            assertThat(retries.created()).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checkin WHERE activity_id = ?", Integer.class,
                    activityId)).isEqualTo(MEMBERS);
            // The group's activity card reaches the final count (coalesced: a handful of writes, not 2,000).
            long waited = awaitCardVersion(activityId, MEMBERS);
            System.out.printf("BENCH the activity card showed %d/%d %.1f s after the burst ended%n", MEMBERS,
                    MEMBERS + 1, waited / 1e9);

            assertThat(me.failures()).isZero();
            assertThat(checkins.percentileMillis(99)).isLessThan(P99_BUDGET_MILLIS);
            assertThat(ratio).isGreaterThanOrEqualTo(RATIO_BUDGET);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** MEMBERS people signed in and joined through the API (invitations of 200 uses each), in parallel. */
    private List<String> members(String pioneer, String cobuildingId) throws Exception {
        String unitId = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < (MEMBERS + 199) / 200; i++) {
            codes.add(fixtures.invitation(pioneer, cobuildingId, "MEMBER", unitId, 200));
        }
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            running.add(pool.submit(() -> {
                ApiClient client = new ApiClient(port);
                for (int n = next.getAndIncrement(); n < MEMBERS; n = next.getAndIncrement()) {
                    String token = client.memberToken(Fixtures.unique("bench-"));
                    int status = client.post("/api/mp/invitations/join", Map.of("code", codes.get(n / 200)), token)
                            .status();
                    assertThat(status).isEqualTo(200);
                    tokens.add(token);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return new ArrayList<>(tokens);
    }

    /** An activity with a place, starting in five minutes: its check-in window is open, nobody is late. */
    private String activity(String pioneer, String cobuildingId, String title) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        ApiClient.Reply reply = api.post("/api/mp/cobuildings/" + cobuildingId + "/activities", Map.of(
                "clientId", Fixtures.unique("bench-activity-"), "type", "LECTURE", "title", title,
                "startAt", start.toString(), "endAt", start.plusHours(2).toString(),
                "place", Map.of("name", "人民广场", "latitude", 31.2304, "longitude", 121.4737)), pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    /**
     * Each member checks in once, through CLIENTS keep-alive connections (plain sockets, as {@link LoadGenerator}
     * keeps them for {@code /api/mp/me}), each sending its next check-in as soon as the last is answered.
     */
    private Burst burst(int serverPort, String activityId, List<String> members) throws Exception {
        String path = "/api/mp/activities/" + activityId + "/checkins";
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            running.add(clients.submit(() -> {
                KeptAlive connection = new KeptAlive(serverPort);
                try {
                    go.await();
                    for (int n = next.getAndIncrement(); n < members.size(); n = next.getAndIncrement()) {
                        byte[] body = ("{\"clientId\":\"" + Fixtures.unique("bench-checkin-")
                                + "\",\"method\":\"LOCATION\",\"location\":{\"latitude\":31.2305,"
                                + "\"longitude\":121.4736,\"accuracy\":15}}").getBytes(StandardCharsets.UTF_8);
                        long sent = System.nanoTime();
                        int status = connection.post(path, members.get(n), body);
                        micros.add((System.nanoTime() - sent) / 1_000);
                        if (status == 201) {
                            created.incrementAndGet();
                        } else if (status == 200) {
                            other.incrementAndGet();
                        } else {
                            throw new IllegalStateException("check-in answered " + status);
                        }
                    }
                } finally {
                    connection.close();
                }
                return null;
            }));
        }
        long started = System.nanoTime();
        go.countDown();
        for (Future<?> f : running) {
            f.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Burst(created.get(), other.get(), seconds, sorted);
    }

    /** One HTTP/1.1 keep-alive connection: a POST written by hand, its response read in full (length or chunked). */
    private static final class KeptAlive {
        private final int port;
        private Socket socket;
        private OutputStream out;
        private InputStream in;

        KeptAlive(int port) {
            this.port = port;
        }

        int post(String path, String token, byte[] body) throws IOException {
            if (socket == null) {
                socket = new Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                out = socket.getOutputStream();
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            }
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                    + "Content-Type: application/json\r\nAuthorization: Bearer " + token + "\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            int status = Integer.parseInt(line().substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String field = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (field.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (field.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (field.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closing = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    in.readNBytes((int) size);
                    line();
                }
                line();
            } else if (length > 0) {
                in.readNBytes((int) length);
            }
            if (closing) {
                close();
            }
            return status;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("connection closed");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    private long awaitCardVersion(long activityId, long version) throws InterruptedException {
        long started = System.nanoTime();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(60)) {
            List<Long> versions = jdbc.queryForList("SELECT card_version FROM message WHERE card_type = 'ACTIVITY' "
                    + "AND ref_id = ?", Long.class, String.valueOf(activityId));
            if (!versions.isEmpty() && versions.get(0) >= version) {
                return System.nanoTime() - started;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the activity card did not reach " + version + " within 60 s");
    }

    /** The server as production runs it, on this run's database and Redis; the simulator stays on (no WeChat). */
    private Process startServer(int serverPort, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        String recording = System.getProperty("bench.jfr");
        if (recording != null) {
            command.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(recording, "checkin.jfr"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.xianfeng.XianfengApplication",
                "--spring.profiles.active=local", "--server.port=" + serverPort, "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "XF_DB_URL", environment.getRequiredProperty("spring.datasource.url"),
                "XF_DB_USERNAME", environment.getProperty("spring.datasource.username", ""),
                "XF_DB_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "XF_REDIS_URL", environment.getRequiredProperty("spring.data.redis.url"),
                "XF_REDIS_NAMESPACE", environment.getRequiredProperty("xf.redis.namespace")));
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitUp(int port, String path, String token, Process process, File log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited: " + Files.readString(log.toPath()));
            }
            try {
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + path)).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Not up within 90 s: " + Files.readString(log.toPath()));
    }
}
