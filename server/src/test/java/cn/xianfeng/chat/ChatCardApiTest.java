package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Activity cards in the group chat, made by chat from the activity feature's events: the ACTIVITY card posted once
 * after the activity's commit (the organiser never waits on the conversation), updated in place with the live count
 * and coalesced into {@code card-update} frames; a CHECKIN card for each check-in with photos, none without.
 */
@ApiTest
class ChatCardApiTest extends ApiTestBase {

    private static final int BURST = 150;

    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RedissonClient redisson;
    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;
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
    }

    @Test
    void aBurstOfCheckinsUpdatesTheActivityCardInPlaceAHandfulOfTimesEndingOnTheLastCount() throws Exception {
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId,
                "LEAD"), 200);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            String token = fixtures.member();
            assertThat(api.post("/api/mp/invitations/join", Map.of("code", code), token).status()).isEqualTo(200);
            people.add(token);
        }
        int expected = BURST + 2;
        Frames frames = new Frames();
        socket = connect(member, frames);
        String activityId = schedule(activity());
        JsonNode card = storedActivityCard(activityId);
        assertThat(card.path("payload").path("text").asString()).isEqualTo("已签到 0/" + expected);
        assertThat(card.path("payload").path("status").asString()).isEqualTo("SCHEDULED");
        long cardSeq = card.path("seq").asLong();
        long seqBefore = maxSeq();

        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> sent = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            sent.add(clients.submit(() -> {
                ApiClient client = new ApiClient(port);
                for (int n = next.getAndIncrement(); n < BURST; n = next.getAndIncrement()) {
                    assertThat(client.post(checkins(activityId), checkin(), people.get(n)).status()).isEqualTo(201);
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

        JsonNode last = updates.get(updates.size() - 1);
        assertThat(last.path("cardVersion").asLong()).isEqualTo(BURST);
        assertThat(last.path("payload").path("text").asString()).isEqualTo("已签到 " + BURST + "/" + expected);
        long previous = 0;
        for (JsonNode update : updates) {
            assertThat(update.path("conversationId").asString()).isEqualTo(conversationId);
            assertThat(update.path("seq").asLong()).isEqualTo(cardSeq);
            assertThat(update.path("cardVersion").asLong()).isGreaterThan(previous);
            previous = update.path("cardVersion").asLong();
        }
        assertThat(updates.size()).as("card updates for %d check-ins in %.1f s", BURST, burstSeconds)
                .isLessThanOrEqualTo((int) Math.ceil(spanSeconds / 2) + 1).isLessThan(BURST / 10);
        // Sent 2 s apart; measured at arrival, where a loaded machine delays one frame more than the next.
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i) - arrivals.get(i - 1)).as("gap before update %d", i)
                    .isGreaterThan(TimeUnit.MILLISECONDS.toNanos(1_000));
        }
        // Check-ins without photos add no message; a page shows the card's latest payload.
        assertThat(maxSeq()).isEqualTo(seqBefore);
        JsonNode synced = api.get(messagesPath() + "?afterSeq=" + (cardSeq - 1) + "&limit=1", pioneer).json()
                .path("items").get(0);
        assertThat(synced.path("cardVersion").asLong()).isEqualTo(BURST);
        assertThat(synced.path("payload").path("checkedIn").asInt()).isEqualTo(BURST);
    }

    @Test
    void schedulingAndCheckingInNeverWaitOnTheConversationRowAndTheCardFollowsItsRelease() throws Exception {
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
        String activityId;
        try {
            long started = System.nanoTime();
            activityId = schedule(activity());
            assertThat(api.post(checkins(activityId), checkin(), member).status()).isEqualTo(201);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            Thread.sleep(300);
            assertThat(maxSeq()).as("no card while the row is held").isEqualTo(seqBefore);
        } finally {
            release.countDown();
            holder.join(10_000);
        }
        awaitListeners();
        assertThat(maxSeq()).isEqualTo(seqBefore + 1);
        assertThat(cards("ACTIVITY", activityId)).isEqualTo(1);
    }

    @Test
    void theSameActivityCreatedFourTimesAtOnceMakesOneActivityAndOneCard() throws Exception {
        Map<String, Object> body = activity();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Reply>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApiClient client = new ApiClient(port);
            sent.add(clients.submit(() -> client.post(activities(), body, pioneer)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Reply> f : sent) {
            Reply reply = f.get(30, TimeUnit.SECONDS);
            assertThat(reply.status()).as(reply.body()).isIn(200, 201);
            ids.add(reply.json().path("id").asString());
        }
        clients.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        awaitListeners();
        assertThat(cards("ACTIVITY", ids.get(0))).isEqualTo(1);
    }

    @Test
    void aChangeOrCancellationUpdatesTheCardWithAVersionAboveEveryCount() throws Exception {
        String activityId = schedule(activity());
        api.post(checkins(activityId), checkin(), member);
        api.post(checkins(activityId), checkin(), pioneer);
        awaitListeners();
        awaitCard(activityId, 2);
        assertThat(activityCard(activityId).path("payload").path("text").asString()).isEqualTo("已签到 2/2");

        Reply changed = api.send("PATCH", "/api/mp/activities/" + activityId, "{\"title\":\"改到三楼的讲座\"}",
                "application/json", pioneer);
        assertThat(changed.status()).isEqualTo(200);
        awaitCard(activityId, 1_000_002);
        assertThat(activityCard(activityId).path("payload").path("title").asString()).isEqualTo("改到三楼的讲座");

        api.post("/api/mp/activities/" + activityId + "/cancel", Map.of("reason", "场地临时占用"), pioneer);
        awaitCard(activityId, 2_000_002);
        JsonNode card = activityCard(activityId);
        assertThat(card.path("payload").path("status").asString()).isEqualTo("CANCELLED");
        assertThat(card.path("payload").path("text").asString()).isEqualTo("活动已取消");
    }

    @Test
    void aCheckinWithPhotosPostsOneCheckinCardAndOneWithoutPostsNothing() throws Exception {
        String activityId = schedule(activity());
        awaitListeners();
        long seqBefore = maxSeq();
        assertThat(api.post(checkins(activityId), checkin(), pioneer).status()).isEqualTo(201);
        long photo = TestPhotos.uploaded(jdbc, Long.parseLong(fixtures.userId(member)), "CHECKIN", Instant.now());
        Map<String, Object> withPhoto = new HashMap<>(checkin());
        withPhoto.put("photoMediaIds", List.of(String.valueOf(photo)));
        Reply checkedIn = api.post(checkins(activityId), withPhoto, member);
        assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
        assertThat(api.post(checkins(activityId), withPhoto, member).status()).isEqualTo(200);
        awaitListeners();

        assertThat(maxSeq()).isEqualTo(seqBefore + 1);
        assertThat(cards("CHECKIN", checkedIn.json().path("id").asString())).isEqualTo(1);
        JsonNode card = null;
        for (JsonNode message : api.get(messagesPath() + "?afterSeq=" + seqBefore, pioneer).json().path("items")) {
            card = message;
        }
        assertThat(card.path("cardType").asString()).isEqualTo("CHECKIN");
        assertThat(card.path("payload").path("activityId").asString()).isEqualTo(activityId);
        assertThat(card.path("payload").path("checkinId").asString()).isEqualTo(checkedIn.json().path("id").asString());
        assertThat(card.path("payload").path("mediaIds").get(0).asString()).isEqualTo(String.valueOf(photo));
        assertThat(card.path("payload").path("title").asString()).isEqualTo("科技成果转化讲座");
    }

    private Map<String, Object> activity() {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", Fixtures.unique("client-"));
        body.put("type", "LECTURE");
        body.put("title", "科技成果转化讲座");
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(5).truncatedTo(ChronoUnit.SECONDS);
        body.put("startAt", start.toString());
        body.put("endAt", start.plusHours(2).toString());
        return body;
    }

    private static Map<String, Object> checkin() {
        return Map.of("clientId", Fixtures.unique("client-"), "method", "LOCATION");
    }

    private String schedule(Map<String, Object> body) {
        Reply reply = api.post(activities(), body, pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private String activities() {
        return "/api/mp/cobuildings/" + cobuildingId + "/activities";
    }

    private static String checkins(String activityId) {
        return "/api/mp/activities/" + activityId + "/checkins";
    }

    /** Waits until chat has reacted to every event published so far. */
    private void awaitListeners() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL "
                    + "AND listener_id LIKE ?", Integer.class, "%ActivityCards%");
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("chat did not react within 10 s");
    }

    /** Until the stored card shows at least this version (row writes are coalesced to one per 2 s). */
    private void awaitCard(String activityId, long version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (activityCard(activityId).path("cardVersion").asLong() >= version) {
                assertThat(activityCard(activityId).path("cardVersion").asLong()).isEqualTo(version);
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("card did not reach version " + version);
    }

    private int cards(String cardType, String refId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND card_type = ? "
                + "AND ref_id = ?", Integer.class, Long.parseLong(conversationId), cardType, refId);
    }

    private long maxSeq() {
        return jdbc.queryForObject("SELECT max_seq FROM conversation WHERE id = ?", Long.class,
                Long.parseLong(conversationId));
    }

    private JsonNode activityCard(String activityId) {
        for (JsonNode message : api.get(messagesPath() + "?afterSeq=0&limit=200", member).json().path("items")) {
            if ("ACTIVITY".equals(message.path("cardType").asString())
                    && activityId.equals(message.path("payload").path("activityId").asString())) {
                return message;
            }
        }
        throw new AssertionError("no activity card");
    }

    /** The activity card once chat has posted it after the scheduling commit (an asynchronous reaction). */
    private JsonNode storedActivityCard(String activityId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (cards("ACTIVITY", activityId) == 1) {
                return activityCard(activityId);
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
