package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.media.MediaFiles;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The upload budget. The server runs in a JVM of its own with a small heap ({@code -Xmx256m}, production's
 * settings otherwise, this run's database and Redis) and a GC log; this JVM only sends. A generated 5 MB,
 * 12-megapixel JPEG is uploaded through {@code POST /api/mp/media} until it is stored with its thumbnail (the 201
 * comes after both): {@code bench.uploads} times one after another (p50/p99 ms, budget 400 ms), then 10 at once for
 * {@code bench.rounds} rounds. The heap figures come from the server's GC log during the burst: the most the heap
 * held after a collection (what uploads keep alive) and before one (what they allocate meanwhile). Every upload
 * differs in one quantisation-table entry, so none is answered by the identical-file shortcut. Not part of the test
 * suite: {@code ./mvnw -B -Pbench test -Dtest=MediaUploadBenchmark}.
 */
@ApiTest
class MediaUploadBenchmark extends ApiTestBase {

    private static final int UPLOADS = Integer.getInteger("bench.uploads", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int CONCURRENT = 10;
    private static final long BUDGET_MILLIS = 400;
    private static final String SERVER_HEAP = "256m";
    /** {@code GC(12) Pause Young (Normal) (G1 Evacuation Pause) 120M->45M(256M) 3.456ms}. */
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    Environment environment;

    @Test
    void aFiveMegabytePhotoIsStoredWithItsThumbnailInBudgetAndTenAtOnceKeepTheHeapBounded() throws Exception {
        String member = fixtures.member();
        byte[] photo = MediaFiles.photo(4000, 3000, 5 * 1024 * 1024, 42);
        System.out.printf("BENCH photo: 4000x3000 JPEG, %.2f MB%n", photo.length / 1024.0 / 1024.0);

        int serverPort = freePort();
        Path serverLog = Files.createTempFile("media-bench-server", ".log");
        Path gcLog = Files.createTempFile("media-bench-gc", ".log");
        Path mediaDir = Files.createTempDirectory("media-bench-store");
        Process server = startServer(serverPort, serverLog, gcLog, mediaDir);
        try {
            awaitUp(serverPort, member, server, serverLog);
            AtomicLong variants = new AtomicLong();
            // Warm-up: the server's JIT and pools, as on a server that has been up for a while.
            for (int i = 0; i < 10; i++) {
                upload(serverPort, member, variant(photo, variants.incrementAndGet()));
            }
            System.out.printf("BENCH load average %.1f on %d processors before the sequential run%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            List<Long> sequential = new ArrayList<>();
            for (int i = 0; i < UPLOADS; i++) {
                sequential.add(upload(serverPort, member, variant(photo, variants.incrementAndGet())));
            }
            Collections.sort(sequential);
            System.out.printf("BENCH sequential: %d uploads, p50 %.0f ms, p99 %.0f ms, max %d ms (budget %d ms)%n",
                    UPLOADS, percentile(sequential, 50), percentile(sequential, 99),
                    sequential.get(sequential.size() - 1), BUDGET_MILLIS);

            long gcLogStart = Files.size(gcLog);
            List<Long> concurrent = Collections.synchronizedList(new ArrayList<>());
            long burstStart = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    List<Future<Long>> futures = new ArrayList<>();
                    for (int i = 0; i < CONCURRENT; i++) {
                        byte[] body = variant(photo, variants.incrementAndGet());
                        futures.add(pool.submit(() -> upload(serverPort, member, body)));
                    }
                    for (Future<Long> future : futures) {
                        concurrent.add(future.get());
                    }
                }
            } finally {
                pool.shutdown();
            }
            long burstMillis = (System.nanoTime() - burstStart) / 1_000_000;
            List<Long> sorted = new ArrayList<>(concurrent);
            Collections.sort(sorted);
            long[] heap = heapDuring(gcLog, gcLogStart);
            System.out.printf("BENCH %d at once x %d rounds: %d uploads in %d ms, p50 %.0f ms, p99 %.0f ms; server "
                            + "heap (-Xmx%s): at most %d MB after a collection, %d MB before one, %d collections%n",
                    CONCURRENT, ROUNDS, sorted.size(), burstMillis, percentile(sorted, 50), percentile(sorted, 99),
                    SERVER_HEAP, heap[0], heap[1], heap[2]);
            System.out.printf("BENCH load average %.1f after (a shared machine: other work runs beside this)%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            assertThat(sorted).hasSize(CONCURRENT * ROUNDS);
            assertThat(server.isAlive()).isTrue();
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** The server as production runs it, with a small heap, on this run's database and Redis. */
    private Process startServer(int port, Path log, Path gcLog, Path mediaDir) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + SERVER_HEAP,
                "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "cn.xianfeng.XianfengApplication", "--spring.profiles.active=local", "--server.port=" + port,
                "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--xf.media.dir=" + mediaDir));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(java.util.Map.of(
                "XF_DB_URL", environment.getRequiredProperty("spring.datasource.url"),
                "XF_DB_USERNAME", environment.getProperty("spring.datasource.username", ""),
                "XF_DB_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "XF_REDIS_URL", environment.getRequiredProperty("spring.data.redis.url"),
                "XF_REDIS_NAMESPACE", environment.getRequiredProperty("xf.redis.namespace")));
        return builder.start();
    }

    /** {max after, max before, collections} in MB from the GC log written since {@code from}. */
    private static long[] heapDuring(Path gcLog, long from) throws IOException {
        String text = Files.readString(gcLog);
        long after = 0;
        long before = 0;
        long collections = 0;
        Matcher matcher = GC_LINE.matcher(text.substring((int) Math.min(from, text.length())));
        while (matcher.find()) {
            before = Math.max(before, Long.parseLong(matcher.group(1)));
            after = Math.max(after, Long.parseLong(matcher.group(2)));
            collections++;
        }
        return new long[] {after, before, collections};
    }

    /** One upload's wall time in ms; it must be a 201 with a thumbnail link. */
    private long upload(int port, String token, byte[] bytes) throws Exception {
        String boundary = "----xf" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(bytes.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nCHECKIN\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mp/media"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"thumbUrl\":\"/api/media/");
        return millis;
    }

    /**
     * The photo with two entries of its first quantisation table changed: still a valid JPEG that decodes the same
     * size, but different bytes, so it is processed in full.
     */
    private static byte[] variant(byte[] jpeg, long n) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i + 4 < copy.length; i++) {
            if ((copy[i] & 0xFF) == 0xFF && (copy[i + 1] & 0xFF) == 0xDB) {
                int table = i + 5;
                copy[table + 63] = (byte) (1 + n % 200);
                copy[table + 62] = (byte) (1 + (n / 200) % 200);
                return copy;
            }
        }
        throw new IllegalStateException("no DQT");
    }

    private static double percentile(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitUp(int port, String token, Process process, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/mp/me")).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Not up within 120 s: " + Files.readString(log));
    }
}
