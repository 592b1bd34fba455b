package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.XianfengApplication;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
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

    private WebSocket connect(int serverPort, String token, Frames frames, boolean viaHeader) throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5));
        String uri = "ws://127.0.0.1:" + serverPort + "/ws";
        if (viaHeader) {
            builder.header("Authorization", "Bearer " + token);
        } else {
            uri += "?token=" + token;
        }
        return builder.buildAsync(URI.create(uri), frames).get(10, TimeUnit.SECONDS);
    }

    private void send(String token, String text) {
        api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token);
    }

    @Test
    void aMessageArrivesOnTheOtherMembersSocket() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, member, frames, true);

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
        socket = connect(port, member, frames, false);
        send(member, "马上撤回");
        long seq = frames.next("message").path("message").path("seq").asLong();

        api.post("/api/mp/conversations/" + conversationId + "/messages/" + seq + "/recall", null, member);
        assertThat(frames.next("recall").path("seq").asLong()).isEqualTo(seq);
        api.post("/api/mp/conversations/" + conversationId + "/read", Map.of("seq", seq), member);
        assertThat(frames.next("read").path("seq").asLong()).isEqualTo(seq);
    }

    @Test
    void noSocketWithoutAMemberToken() {
        assertThatThrownBy(() -> connect(port, "not-a-token", new Frames(), true))
                .isInstanceOf(ExecutionException.class);
        String admin = fixtures.superAdmin();
        assertThatThrownBy(() -> connect(port, admin, new Frames(), false))
                .isInstanceOf(ExecutionException.class);
    }

    @Test
    void outsidersReceiveNothing() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, fixtures.member(), frames, true);
        Frames insider = new Frames();
        WebSocket insiderSocket = connect(port, member, insider, true);
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
            socket = connect(secondPort, member, frames, true);

            send(pioneer, "跨实例消息");

            assertThat(frames.next("message").path("message").path("text").asString()).isEqualTo("跨实例消息");
        }
    }

    @Test
    void aPendingTextReachesOthersWithoutItsTextUntilTheCheckPassesIt() throws Exception {
        Frames theirs = new Frames();
        Frames mine = new Frames();
        socket = connect(port, member, theirs, true);
        WebSocket own = connect(port, pioneer, mine, true);
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

            assertThat(pendingChecks.recheck()).isEqualTo(1);
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
        socket = connect(port, member, peer, true);
        String third = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        WebSocket thirdSocket = connect(port, third, bystander, true);
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

    @Test
    void aSocketDoesNotOutliveItsSignIn() throws Exception {
        Frames frames = new Frames();
        socket = connect(port, member, frames, true);
        sockets.sweep();
        assertThat(frames.closedWith).isNotDone();

        assertThat(api.post("/api/mp/auth/logout", null, member).status()).isEqualTo(204);
        sockets.sweep();

        assertThat(frames.closedWith.get(10, TimeUnit.SECONDS)).isEqualTo(4401);
    }
}
