package cn.xianfeng.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.XianfengApplication;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.StalledPhone;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The chat budgets of the design brief, measured against the whole server (real HTTP, real WebSockets, the
 * configured database and Redis). Not part of the test suite: run with {@code ./mvnw -B -Pbench test}.
 */
@ApiTest
class ChatBenchmark extends ApiTestBase {

    private static final String MESSAGE_FRAME = "{\"type\":\"message\"";
    private static final String SEQ_FIELD = "\"seq\":";
    private static final int SOCKETS = 500;
    private static final int MESSAGES = 20;
    private static final int SYNC_MESSAGES = 1_000_000;
    private static final int WARMUP_MESSAGES = 5;
    private static final int INVITATION_USES = 200; // the most one invitation allows
    private static final int SYNC_REQUESTS = 2_000;
    private static final int SYNC_WARMUP = 300;
    private static final int LIST_CONVERSATIONS = 200;
    private static final int LIST_REQUESTS = 1_000;
    private static final int LIST_WARMUP = 1_000;

    /** The fan-out budget alone: {@code ./mvnw -B -Pbench test -Dtest='ChatBenchmark#fanOut'}. */
    @Test
    void fanOut() throws Exception {
        Group group = group();
        try (Listeners listeners = listen(group, port)) {
            assertThat(pct(measureFanOut(group, listeners, "sockets", WARMUP_MESSAGES), 99)).isLessThan(250);
        }
    }

    /**
     * One phone among the 500 lost its signal with its socket open: it must cost the others nothing. The sockets are
     * held by a second instance whose connections have fixed 64 KB send buffers (on loopback the kernel would
     * otherwise buffer megabytes for the phone); messages are sent through the first, as in production. The same
     * sockets are measured first without the stalled phone, then with it, stalled by a burst of long messages.
     * {@code ./mvnw -B -Pbench test -Dtest='ChatBenchmark#fanOutWithAStalledPhone'}
     */
    @Test
    void fanOutWithAStalledPhone() throws Exception {
        Group group = group();
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> smallSendBuffers = factory -> factory
                .addConnectorCustomizers(connector -> connector.setProperty("socket.txBufSize", "65536"));
        try (ConfigurableApplicationContext holder = new SpringApplicationBuilder(XianfengApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("smallSendBuffers",
                        smallSendBuffers))
                .profiles("test").run("--server.port=0");
             Listeners listeners = listen(group, ((WebServerApplicationContext) holder).getWebServer().getPort())) {
            int holderPort = ((WebServerApplicationContext) holder).getWebServer().getPort();
            long[] calm = measureFanOut(group, listeners, "sockets on another instance, none stalled",
                    WARMUP_MESSAGES);

            String phone = fixtures.member();
            assertThat(api.post("/api/mp/invitations/join", Map.of("code", fixtures.invitation(group.pioneer(),
                    group.cobuildingId(), "MEMBER", group.leadUnit(), 1)), phone).status()).isLessThan(300);
            try (StalledPhone stalled = StalledPhone.connect(holderPort, phone)) {
                // Forty members each write the phone a long direct message at once: far more than its buffers hold.
                // Direct, so that only the phone's buffers fill: the same bytes to all 500 would measure how fast
                // this machine moves 120 MB through sockets, not whether the stalled phone holds the others up.
                String text = "满".repeat(2_000);
                String phoneId = fixtures.userId(phone);
                List<Thread> senders = new ArrayList<>();
                for (String token : listeners.tokens.subList(0, 40)) {
                    senders.add(new Thread(() -> {
                        String direct = api.post("/api/mp/conversations/direct", Map.of("userId", phoneId), token)
                                .json().path("id").asString();
                        assertThat(api.post("/api/mp/conversations/" + direct + "/messages", Map.of(
                                "clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token)
                                .status()).isEqualTo(201);
                    }));
                }
                senders.forEach(Thread::start);
                for (Thread sender : senders) {
                    sender.join(60_000);
                }
                // The direct messages' own frames (to the senders' sockets too) go out first; then measured at once,
                // while the phone is stalled: it is given up on 5 s (the send timeout) into the measurement.
                Thread.sleep(1_000);
                long[] withStalled = measureFanOut(group, listeners, "sockets on another instance, one more stalled",
                        0);

                // The stalled phone was closed: its connection ends (what the kernel held for it, then the end).
                stalled.awaitClosedByServer(Duration.ofSeconds(15));
                System.out.printf("BENCH fan-out p99 without the stalled phone %.1f ms, with it %.1f ms%n",
                        pct(calm, 99), pct(withStalled, 99));
                assertThat(pct(withStalled, 99)).isLessThan(250);
            }
        }
    }

    @Test
    void fanOutToFiveHundredSocketsAndSyncInAMillionMessages() throws Exception {
        Group group = group();
        String pioneer = group.pioneer();
        String conversationId = group.conversationId();
        String path = group.path();
        long[] fanout;
        try (Listeners listeners = listen(group, port)) {
            fanout = measureFanOut(group, listeners, "sockets", WARMUP_MESSAGES);
        }

        // A conversation of a million messages, written straight to the table, then synced from random seqs.
        long conversation = Long.parseLong(conversationId);
        long base = jdbc.queryForObject("SELECT max_seq FROM conversation WHERE id = ?", Long.class, conversation);
        long loadStarted = System.nanoTime();
        int batch = 5_000;
        for (int start = 0; start < SYNC_MESSAGES; start += batch) {
            List<Object[]> rows = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                long seq = base + start + i + 1;
                rows.add(new Object[] {conversation, seq, "批量消息 " + seq});
            }
            jdbc.batchUpdate("INSERT INTO message (conversation_id, seq, sender_type, sender_id, type, text) "
                    + "VALUES (?, ?, 'SYSTEM', 0, 'TEXT', ?)", rows);
        }
        jdbc.update("UPDATE conversation SET max_seq = ? WHERE id = ?", base + SYNC_MESSAGES, conversation);
        System.out.printf("BENCH loaded %d messages in %.1f s%n", SYNC_MESSAGES,
                (System.nanoTime() - loadStarted) / 1e9);
        List<Map<String, Object>> plan = jdbc.queryForList("EXPLAIN SELECT * FROM message FORCE INDEX (uk_message_seq) "
                + "WHERE conversation_id = ? AND seq > ? ORDER BY seq ASC LIMIT 51", conversation, base + 500_000);
        System.out.println("BENCH sync query plan: " + plan);

        // The budget is for syncing a conversation that has grown to a million messages, not for the seconds
        // after a bulk load while InnoDB still flushes it: let the flushing settle, then warm the path up.
        System.out.printf("BENCH database settled after %.1f s%n", settle() / 1e9);
        // Timed with a plain blocking client: java.net.http's thread hand-offs, on the same two cores as the server,
        // would add their own milliseconds to the tail.
        timedPages(SYNC_WARMUP, () -> path + "?afterSeq=" + (base + random(SYNC_MESSAGES)) + "&limit=50", pioneer);
        long[] sync = timedPages(SYNC_REQUESTS,
                () -> path + "?afterSeq=" + (base + random(SYNC_MESSAGES)) + "&limit=50", pioneer);
        System.out.printf("BENCH sync afterSeq on %d messages: %d requests, p50 %.1f ms, p99 %.1f ms (budget p99 < 10 ms)%n",
                SYNC_MESSAGES, SYNC_REQUESTS, pct(sync, 50), pct(sync, 99));

        // History (scrolling up) from random places: the same index read backwards.
        long[] history = timedPages(SYNC_REQUESTS / 4,
                () -> path + "?beforeSeq=" + (base + 1 + random(SYNC_MESSAGES)) + "&limit=30", pioneer);
        Arrays.sort(history);
        System.out.printf("BENCH history beforeSeq on %d messages: %d requests, p50 %.1f ms, p99 %.1f ms "
                + "(held to the sync budget, p99 < 10 ms)%n", SYNC_MESSAGES, history.length, pct(history, 50),
                pct(history, 99));

        assertThat(pct(fanout, 99)).isLessThan(250);
        assertThat(pct(sync, 99)).isLessThan(10);
        assertThat(pct(history, 99)).isLessThan(10);
        assertThat(plan.toString()).contains("uk_message_seq").contains("type=range");
    }

    /**
     * The 消息 tab of a member with 200 conversations (their co-building's group and 199 one-to-ones, each with a last
     * message from the other side): the default page (50) and the largest (100), timed one request after another.
     * Runs alone with {@code ./mvnw -B -Pbench test -Dtest=ChatBenchmark#conversationList}.
     */
    @Test
    void conversationList() throws Exception {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        String leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        String pioneerId = fixtures.userId(pioneer);
        long loadStarted = System.nanoTime();
        String code = null;
        for (int i = 0; i < LIST_CONVERSATIONS - 1; i++) {
            if (i % INVITATION_USES == 0) {
                code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, INVITATION_USES);
            }
            String peer = fixtures.member();
            assertThat(api.post("/api/mp/invitations/join", Map.of("code", code), peer).status()).isLessThan(300);
            String direct = api.post("/api/mp/conversations/direct", Map.of("userId", pioneerId), peer).json()
                    .path("id").asString();
            assertThat(api.post("/api/mp/conversations/" + direct + "/messages", Map.of("clientMsgId",
                    UUID.randomUUID().toString(), "type", "TEXT", "text", "你好，我是成员 " + i), peer).status())
                    .isEqualTo(201);
        }
        System.out.printf("BENCH conversation list: made %d conversations through the API in %.1f s%n",
                LIST_CONVERSATIONS, (System.nanoTime() - loadStarted) / 1e9);
        assertThat(api.get("/api/mp/conversations", pioneer).json().path("total").asLong())
                .isEqualTo(LIST_CONVERSATIONS);

        timedPages(LIST_WARMUP, () -> "/api/mp/conversations", pioneer);
        long[] firstPage = timedPages(LIST_REQUESTS, () -> "/api/mp/conversations", pioneer);
        long[] fullPage = timedPages(LIST_REQUESTS, () -> "/api/mp/conversations?size=100", pioneer);
        System.out.printf("BENCH conversation list of %d conversations, default page (50): %d requests, p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms (budget p95 < 50 ms)%n", LIST_CONVERSATIONS, LIST_REQUESTS,
                pct(firstPage, 50), pct(firstPage, 95), pct(firstPage, 99));
        System.out.printf("BENCH conversation list of %d conversations, page of 100: %d requests, p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms (budget p95 < 50 ms)%n", LIST_CONVERSATIONS, LIST_REQUESTS,
                pct(fullPage, 50), pct(fullPage, 95), pct(fullPage, 99));

        // The reader's conversations through their own indexes (no scan of all conversations), last messages by key.
        List<String> firstIds = new ArrayList<>();
        api.get("/api/mp/conversations?size=5", pioneer).json().path("items")
                .forEach(c -> firstIds.add(c.path("id").asString()));
        String conversationIds = String.join(",", firstIds);
        String pagePlan = jdbc.queryForList("EXPLAIN SELECT c.* FROM conversation c JOIN (SELECT conversation_id AS id "
                + "FROM conversation_participant WHERE participant_type = 'MEMBER' AND participant_id = ? UNION "
                + "SELECT id FROM conversation WHERE cobuilding_id IN (?)) mine ON mine.id = c.id "
                + "ORDER BY COALESCE(c.last_message_at, c.created_at) DESC, c.id DESC LIMIT 50",
                Long.parseLong(pioneerId), Long.parseLong(cobuildingId)).toString();
        String lastPlan = jdbc.queryForList("EXPLAIN SELECT m.* FROM conversation c JOIN message m "
                + "ON m.conversation_id = c.id AND m.seq = c.max_seq WHERE c.id IN (" + conversationIds + ")")
                .toString();
        System.out.println("BENCH conversation page plan: " + pagePlan);
        System.out.println("BENCH last messages plan: " + lastPlan);

        assertThat(pct(firstPage, 95)).isLessThan(50);
        assertThat(pct(fullPage, 95)).isLessThan(50);
        assertThat(pagePlan).contains("idx_participant_conversations").contains("uk_conversation_cobuilding");
        assertThat(lastPlan).contains("uk_message_seq").contains("type=eq_ref");
    }

    /** A co-building's group conversation, and who leads it. */
    private record Group(String pioneer, String cobuildingId, String leadUnit, String conversationId) {
        String path() {
            return "/api/mp/conversations/" + conversationId + "/messages";
        }
    }

    private Group group() {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        String leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        String conversationId = null;
        for (var c : api.get("/api/mp/conversations", pioneer).json().path("items")) {
            if (cobuildingId.equals(c.path("cobuildingId").asString())) {
                conversationId = c.path("id").asString();
            }
        }
        return new Group(pioneer, cobuildingId, leadUnit, conversationId);
    }

    /**
     * 500 members of the group, each with an open socket that times the message frames it receives, and pings every
     * 20 s as the mini-program does: opening 500 takes over a minute on a busy machine, and the server closes a socket
     * after 60 s of silence.
     */
    private static final class Listeners implements AutoCloseable {
        final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Long> latenciesMicros = new ConcurrentLinkedQueue<>();
        final AtomicInteger delivered = new AtomicInteger();
        final List<WebSocket> sockets = new CopyOnWriteArrayList<>();
        final List<String> tokens = new ArrayList<>();

        Listeners() {
            pinger.scheduleWithFixedDelay(() -> List.copyOf(sockets).forEach(ws -> {
                try {
                    ws.sendText("{\"type\":\"ping\"}", true).get(5, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // the next round tries again
                }
            }), 20, 20, TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            pinger.shutdownNow();
            sockets.forEach(WebSocket::abort);
        }
    }

    private Listeners listen(Group group, int socketsPort) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Listeners listeners = new Listeners();
        String code = null;
        for (int i = 0; i < SOCKETS; i++) {
            if (i % INVITATION_USES == 0) {
                code = fixtures.invitation(group.pioneer(), group.cobuildingId(), "MEMBER", group.leadUnit(),
                        INVITATION_USES);
            }
            String token = fixtures.member();
            assertThat(api.post("/api/mp/invitations/join", Map.of("code", code), token).status()).isLessThan(300);
            listeners.tokens.add(token);
            listeners.sockets.add(client.newWebSocketBuilder().header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + socketsPort + "/ws"), new WebSocket.Listener() {
                        private final StringBuilder partial = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                long now = System.nanoTime();
                                String frame = partial.toString();
                                partial.setLength(0);
                                Long started = frame.startsWith(MESSAGE_FRAME)
                                        ? listeners.sentAt.get(seqOf(frame)) : null;
                                if (started != null) {
                                    listeners.latenciesMicros.add((now - started) / 1_000);
                                    listeners.delivered.incrementAndGet();
                                }
                            }
                            ws.request(1);
                            return null;
                        }
                    }).get(10, TimeUnit.SECONDS));
        }
        return listeners;
    }

    /**
     * A few unmeasured messages (a running server's budget, not its first JIT compilations), then 20 one at a time; latency = from the send request to each socket's frame.
     * Returns the latencies in micros, sorted, once every socket has every measured message (or 10 s have passed).
     */
    private long[] measureFanOut(Group group, Listeners listeners, String scenario, int warmups) throws Exception {
        for (int i = 0; i < warmups; i++) {
            api.post(group.path(), Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT",
                    "text", "预热 " + i), group.pioneer());
            Thread.sleep(600);
        }
        listeners.sentAt.clear();
        listeners.latenciesMicros.clear();
        listeners.delivered.set(0);
        for (int i = 0; i < MESSAGES; i++) {
            long seq = jdbc.queryForObject("SELECT max_seq FROM conversation WHERE id = ?", Long.class,
                    Long.parseLong(group.conversationId())) + 1;
            listeners.sentAt.put(seq, System.nanoTime());
            var reply = api.post(group.path(), Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT",
                    "text", "基准消息 " + i), group.pioneer());
            assertThat(reply.status()).isEqualTo(201);
            assertThat(reply.json().path("seq").asLong()).isEqualTo(seq);
            Thread.sleep(600); // under the per-member send limit of 20 per 10 s
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (listeners.delivered.get() < SOCKETS * MESSAGES && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long[] fanout = listeners.latenciesMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("BENCH chat fan-out: %d %s x %d messages, delivered %d, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms (budget: all delivered, p99 < 250 ms)%n", SOCKETS, scenario, MESSAGES,
                listeners.delivered.get(), pct(fanout, 50), pct(fanout, 99), fanout[fanout.length - 1] / 1000.0);
        assertThat(listeners.delivered.get()).isEqualTo(SOCKETS * MESSAGES);
        return fanout;
    }

    /**
     * Waits (at most a minute) until InnoDB has stopped writing out the load: the dirty page count no longer falls
     * (some always stay dirty on an idle server). Returns the nanos waited.
     */
    private long settle() throws InterruptedException {
        long started = System.nanoTime();
        long previous = Long.MAX_VALUE;
        int steady = 0;
        while (steady < 3 && System.nanoTime() - started < TimeUnit.MINUTES.toNanos(1)) {
            Thread.sleep(1_000);
            long dirty = Long.parseLong(String.valueOf(
                    jdbc.queryForMap("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'").get("Value")));
            steady = dirty >= previous ? steady + 1 : 0;
            previous = dirty;
        }
        return System.nanoTime() - started;
    }

    /**
     * The message's seq, read straight from the frame text: 500 clients parsing every frame as JSON would take CPU
     * from the server they share two cores with, and a phone's parsing is not the server's latency. The full frame
     * format is checked by the socket tests.
     */
    private static long seqOf(String frame) {
        int at = frame.indexOf(SEQ_FIELD) + SEQ_FIELD.length();
        int end = at;
        while (end < frame.length() && Character.isDigit(frame.charAt(end))) {
            end++;
        }
        return Long.parseLong(frame, at, end, 10);
    }

    private static long random(long bound) {
        return ThreadLocalRandom.current().nextLong(bound);
    }

    /** Fetches {@code count} pages one after another; returns each one's latency in micros, sorted. */
    private long[] timedPages(int count, Supplier<String> nextPath, String token) throws IOException {
        long[] micros = new long[count];
        for (int i = 0; i < count; i++) {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + nextPath.get())
                    .toURL().openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + token);
            long started = System.nanoTime();
            int status = connection.getResponseCode();
            byte[] body;
            try (InputStream in = connection.getInputStream()) {
                body = in.readAllBytes(); // read to the end, so the connection is kept alive for the next one
            }
            micros[i] = (System.nanoTime() - started) / 1_000;
            assertThat(status).isEqualTo(200);
            assertThat(new String(body, StandardCharsets.UTF_8)).contains("\"seq\"");
        }
        Arrays.sort(micros);
        return micros;
    }

    private static double pct(long[] sortedMicros, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }
}
