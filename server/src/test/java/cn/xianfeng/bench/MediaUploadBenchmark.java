package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.media.MediaFiles;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.ByteArrayOutputStream;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The upload budget: a generated 5 MB, 12-megapixel JPEG uploaded through {@code POST /api/mp/media} until it is
 * stored with its thumbnail (the 201 comes after both): {@code bench.uploads} times one after another (p50/p99 ms,
 * budget 400 ms), then 10 at once for {@code bench.rounds} rounds while the heap is sampled every 5 ms (the peak is
 * reported beside the heap before the burst). Every upload differs in one quantisation-table entry, so no upload is
 * answered by the identical-file shortcut. The server is the test's own (same JVM as the client, whose share of the
 * heap is the one 5 MB photo and its ten request bodies). Not part of the test suite:
 * {@code ./mvnw -B -Pbench test -Dtest=MediaUploadBenchmark}.
 */
@ApiTest
class MediaUploadBenchmark extends ApiTestBase {

    private static final int UPLOADS = Integer.getInteger("bench.uploads", 20);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int CONCURRENT = 10;
    private static final long BUDGET_MILLIS = 400;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aFiveMegabytePhotoIsStoredWithItsThumbnailInBudgetAndTenAtOnceKeepTheHeapBounded() throws Exception {
        String member = fixtures.member();
        byte[] photo = MediaFiles.photo(4000, 3000, 5 * 1024 * 1024, 42);
        System.out.printf("BENCH photo: 4000x3000 JPEG, %.2f MB%n", photo.length / 1024.0 / 1024.0);
        AtomicLong variants = new AtomicLong();

        for (int i = 0; i < 3; i++) {
            upload(member, variant(photo, variants.incrementAndGet()));
        }
        List<Long> sequential = new ArrayList<>();
        for (int i = 0; i < UPLOADS; i++) {
            sequential.add(upload(member, variant(photo, variants.incrementAndGet())));
        }
        Collections.sort(sequential);
        double p50 = percentile(sequential, 50);
        double p99 = percentile(sequential, 99);
        System.out.printf("BENCH load average %.1f on %d processors before the sequential run%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("BENCH sequential: %d uploads, p50 %.0f ms, p99 %.0f ms, max %d ms (budget %d ms)%n",
                UPLOADS, p50, p99, sequential.get(sequential.size() - 1), BUDGET_MILLIS);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        // What the heap holds after each collection during the burst: the live data, garbage not counted.
        AtomicLong livePeak = new AtomicLong(before);
        List<Runnable> unsubscribe = new ArrayList<>();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            NotificationListener listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                            .mapToLong(MemoryUsage::getUsed).sum();
                    livePeak.accumulateAndGet(used, Math::max);
                }
            };
            emitter.addNotificationListener(listener, null, null);
            unsubscribe.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        List<Long> concurrent = Collections.synchronizedList(new ArrayList<>());
        long burstStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Long>> futures = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    byte[] body = variant(photo, variants.incrementAndGet());
                    futures.add(pool.submit(() -> upload(member, body)));
                }
                for (Future<Long> future : futures) {
                    concurrent.add(future.get());
                }
            }
        } finally {
            pool.shutdown();
            sampling.set(false);
            sampler.join();
            unsubscribe.forEach(Runnable::run);
        }
        long burstMillis = (System.nanoTime() - burstStart) / 1_000_000;
        List<Long> sorted = new ArrayList<>(concurrent);
        Collections.sort(sorted);
        long max = memory.getHeapMemoryUsage().getMax();
        System.out.printf("BENCH %d at once x %d rounds: %d uploads in %d ms, p50 %.0f ms, p99 %.0f ms; heap used "
                        + "%.0f MB before, sampled peak %.0f MB (garbage included), peak live after a collection %.0f MB "
                + "(+%.0f MB), max heap %.0f MB%n", CONCURRENT, ROUNDS, sorted.size(), burstMillis,
                percentile(sorted, 50), percentile(sorted, 99), mb(before), mb(peak.get()), mb(livePeak.get()),
                mb(livePeak.get() - before), mb(max));
        System.out.printf("BENCH processors %d, load average %.1f (a shared machine: other work runs beside this)%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        assertThat(sorted).hasSize(CONCURRENT * ROUNDS);
    }

    /** One upload's wall time in ms; it must be a 201 with a thumbnail link. */
    private long upload(String token, byte[] bytes) throws Exception {
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

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
