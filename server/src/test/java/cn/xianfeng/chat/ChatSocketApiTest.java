package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.XianfengApplication;
import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.SignIn;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import cn.xianfeng.support.StalledPhone;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real-time delivery over /ws, on one instance and across two sharing the database and Redis. */
@ApiTest
class ChatSocketApiTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PendingTextChecks pendingChecks;
    @Autowired
    ChatSockets sockets;
    @Autowired
    TokenService tokens;
    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;
    WebSocket socket;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        for (JsonNode c : api.get("/api/mp/conversations", pioneer).json().path("items")) {
            if (cobuildingId.equals(c.path("cobuildingId").asString())) {
                conversationId = c.path("id").asString();
            }
        }
    }

    @AfterEach
    void closeSocket() {
        if (socket != null) {
            socket.abort();
        }
    }

    /** Frames received, one JSON text each. */
    static final class Frames implements WebSocket.Listener {
        final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closedWith = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The next frame of this type, skipping others (e.g. the welcome card arriving late). */
        JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                JsonNode frame = received.poll(200, TimeUnit.MILLISECONDS);
                if (frame != null && type.equals(frame.path("type").asString())) {
                    return frame;
                }
            }
            throw new AssertionError("no " + type + " frame within 10 s");
        }
    }

    /** Opens a socket with the member's token in the Authorization header. */
    private WebSocket connect(int serverPort, String token, Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("ws://127.0.0.1:" + serverPort + "/ws"), frames).get(10, TimeUnit.SECONDS);
    }

    /** Opens a socket with nothing but the query string, as a client that cannot set headers on a socket does. */
    private WebSocket connectWithQuery(String query, Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws?" + query), frames).get(10, TimeUnit.SECONDS);
    }

    private String ticket(String token) {
        ApiClient.Reply reply = api.post("/api/mp/ws-ticket", null, token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().path("ticket").asString();
    }

    private void send(String token, String text) {
        api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token);
    }

    @Test
    void aMessageArrivesOnTheOtherMembersSocket() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, member, frames);

        send(pioneer, "实时消息");

        JsonNode frame = frames.next("message");
        assertThat(frame.path("conversationId").asString()).isEqualTo(conversationId);
        assertThat(frame.path("message").path("text").asString()).isEqualTo("实时消息");
        assertThat(frame.path("message").path("seq").asLong()).isPositive();

        socket.sendText("{\"type\":\"ping\"}", true);
        assertThat(frames.next("pong").path("type").asString()).isEqualTo("pong");
    }

    @Test
    void recallsAndReadMarksArePushedToo() throws Exception {
        Frames frames = new Frames();
        socket = connectWithQuery("ticket=" + ticket(member), frames);
        send(member, "马上撤回");
        long seq = frames.next("message").path("message").path("seq").asLong();

        api.post("/api/mp/conversations/" + conversationId + "/messages/" + seq + "/recall", null, member);
        assertThat(frames.next("recall").path("seq").asLong()).isEqualTo(seq);
        api.post("/api/mp/conversations/" + conversationId + "/read", Map.of("seq", seq), member);
        assertThat(frames.next("read").path("seq").asLong()).isEqualTo(seq);
    }

    @Test
    void noSocketWithoutAMemberToken() {
        assertThatThrownBy(() -> connect(port, "not-a-token", new Frames()))
                .isInstanceOf(ExecutionException.class);
        String admin = fixtures.superAdmin();
        assertThatThrownBy(() -> connect(port, admin, new Frames()))
                .isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> connectWithQuery("", new Frames())).isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> connectWithQuery("ticket=not-a-ticket", new Frames()))
                .isInstanceOf(ExecutionException.class);
    }

    /** A token in a URL ends up in proxy logs: a live member token in ?token= opens nothing. */
    @Test
    void aTokenInTheUrlIsRefused() {
        assertThatThrownBy(() -> connectWithQuery("token=" + member, new Frames()))
                .isInstanceOf(ExecutionException.class);
        assertThatThrownBy(() -> connectWithQuery("ticket=" + member, new Frames()))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void aTicketOpensOneSocketOnceWithinThirtySeconds() throws Exception {
        ApiClient.Reply issued = api.post("/api/mp/ws-ticket", null, member);
        assertThat(issued.status()).isEqualTo(200);
        String ticket = issued.json().path("ticket").asString();
        assertThat(ticket).isNotEqualTo(member).hasSizeGreaterThanOrEqualTo(40);
        OffsetDateTime expiresAt = OffsetDateTime.parse(issued.json().path("expiresAt").asString());
        assertThat(expiresAt).isBetween(OffsetDateTime.now().plusSeconds(20), OffsetDateTime.now().plusSeconds(31));

        Frames frames = new Frames();
        socket = connectWithQuery("ticket=" + ticket, frames);
        send(pioneer, "凭票入场");
        assertThat(frames.next("message").path("message").path("text").asString()).isEqualTo("凭票入场");

        assertThatThrownBy(() -> connectWithQuery("ticket=" + ticket, new Frames()))
                .isInstanceOf(ExecutionException.class);
        assertThat(api.post("/api/mp/ws-ticket", null, null).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTicketIsRefused() throws Exception {
        SignIn signIn = tokens.signIn(member, Audience.MEMBER).orElseThrow();
        String ticket = tokens.issueTicket(signIn, Duration.ofMillis(300)).token();

        Thread.sleep(700);

        assertThatThrownBy(() -> connectWithQuery("ticket=" + ticket, new Frames()))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void aTicketDoesNotOutliveTheSignInItWasIssuedFor() {
        String ticket = ticket(member);
        assertThat(api.post("/api/mp/auth/logout", null, member).status()).isEqualTo(204);

        assertThatThrownBy(() -> connectWithQuery("ticket=" + ticket, new Frames()))
                .isInstanceOf(ExecutionException.class);
    }

    /** The cap is 5 per member (xf.chat.socket.max-per-member); a sixth closes the oldest with 4409. */
    @Test
    void aSixthSocketClosesTheOldest() throws Exception {
        List<Frames> frames = new ArrayList<>();
        List<WebSocket> opened = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Frames f = new Frames();
                frames.add(f);
                opened.add(connect(port, member, f));
                Thread.sleep(20);
            }

            assertThat(frames.get(0).closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(4409);
            send(pioneer, "五个就够");
            for (Frames f : frames.subList(1, 6)) {
                assertThat(f.next("message").path("message").path("text").asString()).isEqualTo("五个就够");
                assertThat(f.closedWith).isNotDone();
            }
            // Another member's sockets are counted apart.
            Frames pioneers = new Frames();
            opened.add(connect(port, pioneer, pioneers));
            assertThat(frames.get(1).closedWith.isDone()).isFalse();
        } finally {
            opened.forEach(WebSocket::abort);
        }
    }

    /** The lost phone's socket closes at once on this instance; no sweep needed. */
    @Test
    void logoutEverywhereClosesTheOtherPhonesSocket() throws Exception {
        String code = Fixtures.unique("dev-");
        String lostPhone = api.memberToken(code);
        String phoneInHand = api.memberToken(code);
        Frames lost = new Frames();
        socket = connect(port, lostPhone, lost);
        Frames bystander = new Frames();
        WebSocket other = connect(port, member, bystander);
        try {
            assertThat(api.post("/api/mp/auth/logout-all", null, phoneInHand).status()).isEqualTo(204);

            assertThat(lost.closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(4401);
            assertThat(api.get("/api/mp/me", lostPhone).status()).isEqualTo(401);
            sockets.sweep();
            assertThat(bystander.closedWith).isNotDone();
        } finally {
            other.abort();
        }
    }

    @Test
    void aBureauAdminEndingAMembersSessionsClosesTheirSocket() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, member, frames);

        assertThat(api.post("/api/admin/members/" + fixtures.userId(member) + "/sessions/end", null,
                fixtures.admin("BUREAU_ADMIN")).status()).isEqualTo(204);

        assertThat(frames.closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(4401);
    }

    @Test
    void outsidersReceiveNothing() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, fixtures.member(), frames);
        Frames insider = new Frames();
        WebSocket insiderSocket = connect(port, member, insider);
        try {
            send(pioneer, "内部消息");
            send(member, "内部消息二");

            // Positive control: the delivery has happened (an insider has the last message) before the outsider's
            // silence is taken as proof.
            JsonNode heard = insider.next("message");
            while (!"内部消息二".equals(heard.path("message").path("text").asString())) {
                heard = insider.next("message");
            }
            assertThat(frames.received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            insiderSocket.abort();
        }
    }

    @Test
    void aMessageSentThroughOneInstanceReachesASocketHeldByAnother() throws Exception {
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(XianfengApplication.class)
                .profiles("test").run("--server.port=0")) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            Frames frames = new Frames();
            socket = connect(secondPort, member, frames);

            send(pioneer, "跨实例消息");

            assertThat(frames.next("message").path("message").path("text").asString()).isEqualTo("跨实例消息");
        }
    }

    @Test
    void aPendingTextReachesOthersWithoutItsTextUntilTheCheckPassesIt() throws Exception {
        Frames theirs = new Frames();
        Frames mine = new Frames();
        socket = connect(port, member, theirs);
        WebSocket own = connect(port, pioneer, mine);
        try {
            assertThat(api.send("PUT", "/wx-sim/_outages/msg_sec_check", null, null, null).status()).isEqualTo(204);
            try {
                send(pioneer, "等待审核的消息");
            } finally {
                api.send("DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null);
            }
            JsonNode held = theirs.next("message").path("message");
            assertThat(held.path("contentCheck").asString()).isEqualTo("PENDING");
            assertThat(held.path("text").isNull()).isTrue();
            assertThat(mine.next("message").path("message").path("text").asString()).isEqualTo("等待审核的消息");

            // Texts other tests left pending may settle in the same round; only this one reaches these sockets.
            pendingChecks.recheck();
            JsonNode released = theirs.next("update").path("message");
            assertThat(released.path("seq").asLong()).isEqualTo(held.path("seq").asLong());
            assertThat(released.path("contentCheck").asString()).isEqualTo("PASSED");
            assertThat(released.path("text").asString()).isEqualTo("等待审核的消息");
        } finally {
            own.abort();
        }
    }

    @Test
    void aDirectMessageReachesOnlyItsPeer() throws Exception {
        Frames peer = new Frames();
        Frames bystander = new Frames();
        socket = connect(port, member, peer);
        String third = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        WebSocket thirdSocket = connect(port, third, bystander);
        try {
            String direct = api.post("/api/mp/conversations/direct", Map.of("userId", fixtures.userId(member)), pioneer)
                    .json().path("id").asString();
            api.post("/api/mp/conversations/" + direct + "/messages",
                    Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "私信"), pioneer);
            send(pioneer, "群消息");

            JsonNode first = peer.next("message");
            while (!direct.equals(first.path("conversationId").asString())) {
                first = peer.next("message");
            }
            assertThat(first.path("message").path("text").asString()).isEqualTo("私信");
            // The bystander hears the group message (sent after the direct one), never the direct one.
            JsonNode heard = bystander.next("message");
            while (!"群消息".equals(heard.path("message").path("text").asString())) {
                assertThat(heard.path("conversationId").asString()).isNotEqualTo(direct);
                heard = bystander.next("message");
            }
            assertThat(heard.path("conversationId").asString()).isEqualTo(conversationId);
        } finally {
            thirdSocket.abort();
        }
    }

    /**
     * A phone that lost its signal keeps its socket open and reads nothing. It holds up nobody else: 200 messages to
     * the group reach 100 other sockets on the same instance within seconds each, and the stalled socket is closed.
     */
    @Test
    void aPhoneThatStopsReadingDelaysNobodyElse() throws Exception {
        String unit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", unit, 200);
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            String token = fixtures.member();
            assertThat(api.post("/api/mp/invitations/join", Map.of("code", code), token).status()).isEqualTo(200);
            members.add(token);
        }
        long stalledId = Long.parseLong(fixtures.userId(members.get(100)));
        // Long texts, so the frames pile up past what the kernel buffers for the phone that does not read.
        String padding = "慢".repeat(1_000);
        Map<String, Long> postedAt = new ConcurrentHashMap<>();
        AtomicLong slowest = new AtomicLong();
        AtomicInteger delivered = new AtomicInteger();
        HttpClient client = HttpClient.newHttpClient();
        List<WebSocket> listening = new CopyOnWriteArrayList<>();
        // The listening phones ping as the mini-program does, so a slow run on a busy machine does not see them
        // closed for 60 s of silence.
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleWithFixedDelay(() -> listening.forEach(ws -> {
            try {
                ws.sendText("{\"type\":\"ping\"}", true).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // the next round tries again
            }
        }), 20, 20, TimeUnit.SECONDS);
        try (ConfigurableApplicationContext holder = withSmallSendBuffers(new SpringApplicationBuilder(
                XianfengApplication.class)).profiles("test").run("--server.port=0")) {
            int holderPort = ((WebServerApplicationContext) holder).getWebServer().getPort();
            ChatSockets held = holder.getBean(ChatSockets.class);
            StalledPhone stalled = StalledPhone.connect(holderPort, members.get(100));
            awaitHeld(held, stalledId, 1);
            for (String member : members.subList(0, 100)) {
                listening.add(client.newWebSocketBuilder().header("Authorization", "Bearer " + member)
                        .buildAsync(URI.create("ws://127.0.0.1:" + holderPort + "/ws"), new WebSocket.Listener() {
                            private final StringBuilder partial = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    String frame = partial.toString();
                                    partial.setLength(0);
                                    int at = frame.indexOf("慢消息 ");
                                    Long posted = at < 0 ? null
                                            : postedAt.get(frame.substring(at, frame.indexOf(' ', at + 4)));
                                    if (posted != null) {
                                        slowest.accumulateAndGet(System.nanoTime() - posted, Math::max);
                                        delivered.incrementAndGet();
                                    }
                                }
                                ws.request(1);
                                return null;
                            }
                        }).get(10, TimeUnit.SECONDS));
            }

            // Ten members send twenty each (the most one member may send in ten seconds), all at once, through the
            // other instance: the frames reach the sockets' instance by the Redis topic, as they do in production.
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < 10; s++) {
                String sender = members.get(s);
                int first = s * 20;
                senders.add(new Thread(() -> {
                    for (int i = first; i < first + 20; i++) {
                        String label = "慢消息 " + i;
                        postedAt.put(label, System.nanoTime());
                        assertThat(api.post("/api/mp/conversations/" + conversationId + "/messages", Map.of(
                                "clientMsgId", UUID.randomUUID().toString(), "type", "TEXT",
                                "text", label + " " + padding), sender).status()).isEqualTo(201);
                    }
                }));
            }
            senders.forEach(Thread::start);
            for (Thread sender : senders) {
                sender.join(60_000);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (delivered.get() < 100 * 200 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }

            assertThat(delivered.get()).isEqualTo(100 * 200);
            assertThat(Duration.ofNanos(slowest.get())).isLessThan(Duration.ofSeconds(8));
            // The stalled phone's socket is let go of, and its connection ends: what the kernel still held for it,
            // then the end of the stream.
            awaitHeld(held, stalledId, 0);
            stalled.awaitClosedByServer(Duration.ofSeconds(10));
        } finally {
            pinger.shutdownNow();
            listening.forEach(WebSocket::abort);
        }
    }

    /**
     * On loopback the kernel grows a socket's send buffer to megabytes, which a phone's mobile link never fills that
     * fast; a fixed 64 KB buffer lets a test's few hundred kilobytes back up into the server as they would in use.
     */
    static SpringApplicationBuilder withSmallSendBuffers(SpringApplicationBuilder builder) {
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> small = factory -> factory
                .addConnectorCustomizers(connector -> connector.setProperty("socket.txBufSize", "65536"));
        return builder.initializers(context -> context.getBeanFactory().registerSingleton("smallSendBuffers", small));
    }

    /** Waits (at most 20 s) until the member holds that many sockets on that instance. */
    private static void awaitHeld(ChatSockets sockets, long userId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (sockets.heldBy(userId) != count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(sockets.heldBy(userId)).isEqualTo(count);
    }

    @Test
    void aSocketDoesNotOutliveItsSignIn() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, member, frames);
        sockets.sweep();
        assertThat(frames.closedWith).isNotDone();

        assertThat(api.post("/api/mp/auth/logout", null, member).status()).isEqualTo(204);
        sockets.sweep();

        assertThat(frames.closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(4401);
    }
}
