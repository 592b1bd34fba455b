package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.chat.CheckinEventSource.CheckinRequest;
import cn.xianfeng.chat.CheckinEventSource.TestActivityScheduled;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cards made from other features' events: posted once per source record, after the source's commit and without the
 * source ever waiting on the conversation; updated in place, with {@code card-update} frames coalesced per card.
 */
@ApiTest
@Import(CheckinEventSource.class)
// A context of its own (the test-only event source): closed afterwards, so its connections do not stay open while
// the rest of the suite runs.
@DirtiesContext
class ChatCardApiTest extends ApiTestBase {

    private static final int BURST = 2_000;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RedissonClient redisson;
    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;
    long activityId;
    java.net.http.WebSocket socket;

    @BeforeEach
    void setUp() throws InterruptedException {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        for (JsonNode c : api.get("/api/mp/conversations", pioneer).json().path("items")) {
            if (cobuildingId.equals(c.path("cobuildingId").asString())) {
                conversationId = c.path("id").asString();
            }
        }
        activityId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        // Each run has a database of its own but Redis may be shared with earlier runs, whose card ids were the same:
        // their newest payloads must not count for this run's cards.
        redisson.getKeys().deleteByPattern("chat:card-*");
        // The welcome card comes after the approval's commit; wait for it so it is not taken for the activity card.
        for (int i = 0; i < 100 && maxSeq() < 1; i++) {
            Thread.sleep(50);
        }
    }

    @AfterEach
    void closeSocket() {
        if (socket != null) {
            socket.abort();
        }
    }

    record Arrived(JsonNode frame, long nanoTime) {
    }

    /** Frames received, with the time each arrived: the test measures the gaps between card updates. */
    static final class Frames implements java.net.http.WebSocket.Listener {
        private static final JsonMapper JSON = JsonMapper.builder().build();
        final BlockingQueue<Arrived> arrivals = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(java.net.http.WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                arrivals.add(new Arrived(JSON.readTree(partial.toString()), System.nanoTime()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                Arrived arrived = arrivals.poll(200, TimeUnit.MILLISECONDS);
                if (arrived != null && type.equals(arrived.frame().path("type").asString())) {
                    return arrived.frame();
                }
            }
            throw new AssertionError("no " + type + " frame within 10 s");
        }
    }

    @Test
    void aBurstOfTwoThousandCheckinsUpdatesTheCardInPlaceAHandfulOfTimesEndingOnTheLastCount() throws Exception {
        Frames frames = new Frames();
        socket = connect(member, frames);
        schedule(member, BURST);
        // The card as stored (its frame may reach a socket the server is still registering); the updates below
        // are what this test watches on the socket.
        JsonNode card = storedActivityCard();
        assertThat(card.path("cardType").asString()).isEqualTo("ACTIVITY");
        long cardSeq = card.path("seq").asLong();
        long seqBefore = maxSeq();

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            sent.add(clients.submit(() -> {
                ApiClient client = new ApiClient(port);
                for (int n = next.incrementAndGet(); n <= BURST; n = next.incrementAndGet()) {
                    assertThat(checkin(client, n, BURST)).isLessThan(300);
                }
            }));
        }
        for (Future<?> f : sent) {
            f.get(2, TimeUnit.MINUTES);
        }
        clients.shutdown();
        double burstSeconds = (System.nanoTime() - started) / 1e9;

        List<JsonNode> updates = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline
                && (updates.isEmpty() || updates.get(updates.size() - 1).path("cardVersion").asLong() < BURST)) {
            Arrived arrived = frames.arrivals.poll(200, TimeUnit.MILLISECONDS);
            if (arrived != null && "card-update".equals(arrived.frame().path("type").asString())) {
                updates.add(arrived.frame());
                arrivals.add(arrived.nanoTime());
            }
        }
        double spanSeconds = (arrivals.get(arrivals.size() - 1) - started) / 1e9;

        // The last count went out; every frame is the same card, in place, and newer than the one before.
        JsonNode last = updates.get(updates.size() - 1);
        assertThat(last.path("cardVersion").asLong()).isEqualTo(BURST);
        assertThat(last.path("payload").path("text").asString()).isEqualTo("已签到 2000/2000");
        long previous = 0;
        for (JsonNode update : updates) {
            assertThat(update.path("conversationId").asString()).isEqualTo(conversationId);
            assertThat(update.path("seq").asLong()).isEqualTo(cardSeq);
            assertThat(update.path("cardVersion").asLong()).isGreaterThan(previous);
            previous = update.path("cardVersion").asLong();
        }
        // A handful: one per 2 s window at most (the first at once, then one as each window closes).
        assertThat(updates.size()).as("card updates for %d check-ins in %.1f s", BURST, burstSeconds)
                .isLessThanOrEqualTo((int) Math.ceil(spanSeconds / 2) + 1).isLessThan(BURST / 50);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i) - arrivals.get(i - 1)).as("gap before update %d", i)
                    .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(1_500));
        }
        // No new messages: the conversation's seq did not move, and a page shows the card's latest payload.
        assertThat(maxSeq()).isEqualTo(seqBefore);
        JsonNode synced = api.get(messagesPath() + "?afterSeq=" + (cardSeq - 1) + "&limit=1", pioneer).json()
                .path("items").get(0);
        assertThat(synced.path("seq").asLong()).isEqualTo(cardSeq);
        assertThat(synced.path("cardVersion").asLong()).isEqualTo(BURST);
        assertThat(synced.path("payload").path("checkedIn").asInt()).isEqualTo(BURST);
    }

    @Test
    void aPublishingRequestNeverWaitsOnTheConversationRowAndTheCardFollowsItsRelease() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForList("SELECT id FROM conversation WHERE id = ? FOR UPDATE", Long.parseLong(conversationId));
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.start();
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        long seqBefore = maxSeq();
        try {
            long started = System.nanoTime();
            assertThat(schedule(member, 52)).isLessThan(300);
            assertThat(checkin(api, 1, 52)).isLessThan(300);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            Thread.sleep(300);
            assertThat(maxSeq()).as("no card while the row is held").isEqualTo(seqBefore);
        } finally {
            release.countDown();
            holder.join(10_000);
        }
        awaitListeners();
        assertThat(maxSeq()).isEqualTo(seqBefore + 1);
        assertThat(activityCards()).isEqualTo(1);
    }

    @Test
    void theSameActivityScheduledTwiceAtOnceMakesOneCardAndNeitherReactionFails() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(clients.submit(() -> schedule(member, 30)));
        }
        for (Future<Integer> f : sent) {
            assertThat(f.get(30, TimeUnit.SECONDS)).isLessThan(300);
        }
        clients.shutdown();

        awaitListeners();
        assertThat(activityCards()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL "
                + "AND serialized_event LIKE ?", Integer.class, "%\"activityId\":" + activityId + ",%")).isZero();
    }

    @Test
    void aCountArrivingLateNeverReplacesANewerOne() throws Exception {
        schedule(member, 52);
        awaitListeners();
        checkin(api, 37, 52);
        awaitListeners();
        checkin(api, 12, 52);
        awaitListeners();

        JsonNode card = api.get(messagesPath() + "?afterSeq=0&limit=50", member).json().path("items")
                .get((int) maxSeq() - 1);
        assertThat(card.path("cardType").asString()).isEqualTo("ACTIVITY");
        assertThat(card.path("cardVersion").asLong()).isEqualTo(37);
        assertThat(card.path("payload").path("text").asString()).isEqualTo("已签到 37/52");
    }

    private int schedule(String token, int expected) {
        return api.post("/api/mp/test-activities", new TestActivityScheduled(Long.parseLong(cobuildingId), activityId,
                "植树活动", expected), token).status();
    }

    private int checkin(ApiClient client, int checkedIn, int expected) {
        return client.post("/api/mp/test-activities/" + activityId + "/checkins",
                new CheckinRequest(Long.parseLong(cobuildingId), "植树活动", checkedIn, expected), member).status();
    }

    /** Waits until chat has reacted to every event of this test's activity. */
    private void awaitListeners() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL "
                    + "AND serialized_event LIKE ?", Integer.class, "%\"activityId\":" + activityId + ",%");
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("chat did not react within 10 s");
    }

    private int activityCards() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND card_type = 'ACTIVITY' "
                + "AND ref_id = ?", Integer.class, Long.parseLong(conversationId), String.valueOf(activityId));
    }

    private long maxSeq() {
        return jdbc.queryForObject("SELECT max_seq FROM conversation WHERE id = ?", Long.class,
                Long.parseLong(conversationId));
    }

    /** The activity card once chat has posted it after the scheduling commit (an asynchronous reaction). */
    private JsonNode storedActivityCard() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (JsonNode message : api.get(messagesPath() + "?afterSeq=0", member).json().path("items")) {
                if ("ACTIVITY".equals(message.path("cardType").asString())) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no activity card within 30 s");
    }

    private String messagesPath() {
        return "/api/mp/conversations/" + conversationId + "/messages";
    }

    private java.net.http.WebSocket connect(String token, Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), frames).get(10, TimeUnit.SECONDS);
    }
}
