package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.auth.MediaFixtures;
import cn.xianfeng.chat.ChatSocketApiTest.Frames;
import cn.xianfeng.chat.ConversationListApiTest.StatementCounter;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Images in chat: a member (or the bureau) sends an upload of purpose CHAT; every reader gets signed links made for
 * their read, over the socket and in sync; a risky verdict on the upload blocks the message; cards naming uploads get
 * their links too.
 */
@ApiTest
// The same import as ConversationListApiTest, so both run in one context.
@Import(ConversationListApiTest.Counting.class)
class ChatImageApiTest extends ApiTestBase {

    private static final String LINK = "/api/media/%s/%s\\?exp=\\d+&sig=[A-Za-z0-9_-]+";

    @Autowired
    StatementCounter statements;
    @Autowired
    ConversationWriter writer;
    @Autowired
    ConversationMapper conversations;
    @Autowired
    ChatCards cards;
    @Autowired
    DataSource dataSource;
    MediaFixtures media;
    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;
    WebSocket socket;

    @BeforeEach
    void setUp() {
        media = new MediaFixtures(port, api, jdbc);
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

    private String messages() {
        return "/api/mp/conversations/" + conversationId + "/messages";
    }

    private Reply sendImage(String token, String clientMsgId, String mediaId) {
        return api.post(messages(), Map.of("clientMsgId", clientMsgId, "type", "IMAGE", "mediaId", mediaId), token);
    }

    private JsonNode sync(String token) {
        return api.get(messages() + "?afterSeq=0&limit=200", token).json().path("items");
    }

    private static JsonNode bySeq(JsonNode items, long seq) {
        for (JsonNode m : items) {
            if (m.path("seq").asLong() == seq) {
                return m;
            }
        }
        throw new AssertionError("no message " + seq);
    }

    private int uses(String mediaId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM media_use WHERE media_id = ? AND used_by = 'chat-message'",
                Integer.class, Long.parseLong(mediaId));
    }

    private void assertServesJpeg(String url) throws Exception {
        HttpResponse<byte[]> served = media.fetch(url);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.body()))).isNotNull();
    }

    @Test
    void aMemberSendsAnImageOnceHoweverOftenTheSendIsRetried() throws Exception {
        String upload = media.memberImage(pioneer, "CHAT");
        String clientMsgId = UUID.randomUUID().toString();

        Reply sent = sendImage(pioneer, clientMsgId, upload);

        assertThat(sent.status()).isEqualTo(201);
        JsonNode message = sent.json();
        assertThat(message.path("type").asString()).isEqualTo("IMAGE");
        assertThat(message.path("text").isNull()).isTrue();
        assertThat(message.path("contentCheck").asString()).isEqualTo("PASSED");
        JsonNode image = message.path("image");
        assertThat(image.path("id").asString()).isEqualTo(upload);
        assertThat(image.path("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(image.path("width").asInt()).isEqualTo(64);
        assertThat(image.path("height").asInt()).isEqualTo(48);
        assertThat(image.path("url").asString()).matches(LINK.formatted(upload, "original"));
        assertThat(image.path("thumbUrl").asString()).matches(LINK.formatted(upload, "thumb"));
        assertServesJpeg(image.path("url").asString());
        assertServesJpeg(image.path("thumbUrl").asString());

        Reply retried = sendImage(pioneer, clientMsgId, upload);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("id").asString()).isEqualTo(message.path("id").asString());
        assertThat(retried.json().path("seq").asLong()).isEqualTo(message.path("seq").asLong());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE media_id = ?", Integer.class,
                Long.parseLong(upload))).isEqualTo(1);

        // The upload is in use by the message now, so the orphan job leaves it alone.
        for (int i = 0; i < 100 && uses(upload) == 0; i++) {
            MediaFixtures.pause(50);
        }
        assertThat(jdbc.queryForObject("SELECT used_by_id FROM media_use WHERE media_id = ?", String.class,
                Long.parseLong(upload))).isEqualTo(message.path("id").asString());
        // The conversation list says what it is without showing it.
        JsonNode line = api.get("/api/mp/conversations/" + conversationId, member).json();
        assertThat(line.path("lastMessage").path("preview").asString()).isEqualTo("[图片]");
    }

    @Test
    void onlyTheSendersOwnChatImageUploadIsSent() {
        String others = media.memberImage(member, "CHAT");
        String avatar = media.memberImage(pioneer, "AVATAR");
        String pdf = media.memberPdf(pioneer);
        String admins = media.adminImage(fixtures.superAdmin(), "CHAT");

        for (String refused : new String[] {others, avatar, pdf, admins, "987654321"}) {
            Reply reply = sendImage(pioneer, UUID.randomUUID().toString(), refused);
            assertThat(reply.status()).as(refused).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(reply.json().path("errors").path("mediaId").asString()).isNotBlank();
        }
        // Someone else's upload reads like a missing one: ids cannot be probed.
        assertThat(sendImage(pioneer, UUID.randomUUID().toString(), others).json().path("errors").path("mediaId")
                .asString()).isEqualTo(sendImage(pioneer, UUID.randomUUID().toString(), "987654321").json()
                .path("errors").path("mediaId").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE type = 'IMAGE' AND conversation_id = ?",
                Integer.class, Long.parseLong(conversationId))).isZero();
    }

    @Test
    void anImageMessageIsAnUploadAndNothingElse() {
        String upload = media.memberImage(pioneer, "CHAT");
        Map<String, Object> withText = new HashMap<>(Map.of("clientMsgId", UUID.randomUUID().toString(),
                "type", "IMAGE", "mediaId", upload, "text", "配图说明"));
        Map<String, Object> noMedia = Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "IMAGE");
        Map<String, Object> textWithMedia = Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT",
                "text", "你好", "mediaId", upload);
        Map<String, Object> malformed = Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "IMAGE",
                "mediaId", "12abc");
        Map<String, Object> card = Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "CARD", "text", "x");

        assertThat(refusedOn(withText)).containsEntry("text", "图片消息不能带文字");
        assertThat(refusedOn(noMedia)).containsEntry("mediaId", "请选择要发送的图片");
        assertThat(refusedOn(textWithMedia)).containsEntry("mediaId", "文字消息不能带图片");
        assertThat(refusedOn(malformed)).containsEntry("mediaId", "图片编号不正确");
        assertThat(refusedOn(card)).containsEntry("type", "只能发送文字或图片消息");
        // An empty text is no text.
        withText.put("text", "");
        assertThat(api.post(messages(), withText, pioneer).status()).isEqualTo(201);
    }

    private Map<String, String> refusedOn(Map<String, Object> body) {
        Reply reply = api.post(messages(), body, pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        Map<String, String> errors = new HashMap<>();
        reply.json().path("errors").properties().forEach(e -> errors.put(e.getKey(), e.getValue().asString()));
        return errors;
    }

    @Test
    void theOtherMemberGetsTheImageOverTheSocketAndInSyncWithLinksThatServeIt() throws Exception {
        Frames frames = new Frames();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + member)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), frames).get(10, TimeUnit.SECONDS);
        String upload = media.memberImage(pioneer, "CHAT");

        long seq = sendImage(pioneer, UUID.randomUUID().toString(), upload).json().path("seq").asLong();

        JsonNode pushed = frames.next("message").path("message");
        assertThat(pushed.path("seq").asLong()).isEqualTo(seq);
        assertThat(pushed.path("type").asString()).isEqualTo("IMAGE");
        assertThat(pushed.path("image").path("url").asString()).matches(LINK.formatted(upload, "original"));
        assertServesJpeg(pushed.path("image").path("url").asString());

        JsonNode synced = bySeq(sync(member), seq);
        assertThat(synced.path("image").path("id").asString()).isEqualTo(upload);
        assertServesJpeg(synced.path("image").path("thumbUrl").asString());
        // History (the latest page) renders it alike.
        JsonNode latest = bySeq(api.get(messages(), member).json().path("items"), seq);
        assertThat(latest.path("image").path("url").asString()).matches(LINK.formatted(upload, "original"));
    }

    @Test
    void anImageJudgedRiskyBlocksItsMessageForEveryoneAndTheSenderSeesWhy() throws Exception {
        Frames frames = new Frames();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + member)
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), frames).get(10, TimeUnit.SECONDS);
        String upload = media.memberImage(pioneer, "CHAT");
        long seq = sendImage(pioneer, UUID.randomUUID().toString(), upload).json().path("seq").asLong();
        String url = frames.next("message").path("message").path("image").path("url").asString();

        media.judgeRisky(upload);

        JsonNode changed = frames.next("update").path("message");
        assertThat(changed.path("seq").asLong()).isEqualTo(seq);
        assertThat(changed.path("contentCheck").asString()).isEqualTo("BLOCKED");
        assertThat(changed.path("image").isNull()).isTrue();
        for (String reader : List.of(pioneer, member)) {
            JsonNode synced = bySeq(sync(reader), seq);
            assertThat(synced.path("contentCheck").asString()).isEqualTo("BLOCKED");
            assertThat(synced.path("image").isNull()).isTrue();
        }
        assertThat(bySeq(api.get("/api/admin/conversations/" + conversationId + "/messages?afterSeq=0",
                fixtures.superAdmin()).json().path("items"), seq).path("image").isNull()).isTrue();
        assertThat(api.get("/api/mp/conversations/" + conversationId, member).json().path("lastMessage")
                .path("preview").asString()).isEqualTo("消息未通过内容审核");
        assertThat(media.fetch(url).statusCode()).isEqualTo(404);
        // Nor can it be sent again.
        assertThat(sendImage(pioneer, UUID.randomUUID().toString(), upload).status()).isEqualTo(422);
    }

    @Test
    void theBureauSendsItsOwnUploadsAndNoOneElses() throws Exception {
        String admin = fixtures.superAdmin();
        String upload = media.adminImage(admin, "CHAT");
        String path = "/api/admin/conversations/" + conversationId + "/messages";
        String clientMsgId = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("clientMsgId", clientMsgId, "type", "IMAGE", "mediaId", upload);

        Reply sent = api.post(path, body, admin);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().path("sender").path("type").asString()).isEqualTo("ADMIN");
        assertThat(sent.json().path("image").path("id").asString()).isEqualTo(upload);
        assertThat(api.post(path, body, admin).json().path("id").asString())
                .isEqualTo(sent.json().path("id").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'chat.post' AND target_id = ?",
                Integer.class, conversationId)).isEqualTo(1);
        JsonNode seen = bySeq(sync(member), sent.json().path("seq").asLong());
        assertServesJpeg(seen.path("image").path("url").asString());

        String members = media.memberImage(pioneer, "CHAT");
        Reply refused = api.post(path, Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "IMAGE",
                "mediaId", members), admin);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").path("mediaId").asString()).isNotBlank();
    }

    /**
     * The sync budget: a page of images is signed in one query, whatever their number, and a page without images
     * asks media nothing.
     */
    @Test
    void aPageSignsItsImagesInOneQueryAndAPageWithoutImagesAsksMediaNothing() throws Exception {
        String first = media.memberImage(member, "CHAT");
        String second = media.memberImage(member, "CHAT");
        Conversation conversation = conversations.selectById(Long.parseLong(conversationId));
        Participant sender = Participant.member(Long.parseLong(fixtures.userId(member)));
        long start = conversations.selectById(conversation.getId()).getMaxSeq();
        for (int i = 0; i < 50; i++) {
            writer.postText(conversation, sender, UUID.randomUUID().toString(), "第 " + i + " 条", ContentCheck.PASSED);
        }
        for (int i = 0; i < 50; i++) {
            writer.postImage(conversation, sender, UUID.randomUUID().toString(), Long.parseLong(i % 2 == 0 ? first
                    : second));
        }

        // Warmed up: the first read of a conversation also loads what is cached afterwards (its membership).
        api.get(messages() + "?afterSeq=" + start + "&limit=50", pioneer);
        Reply texts = api.get(messages() + "?afterSeq=" + start + "&limit=50", pioneer);
        Reply oneImage = api.get(messages() + "?afterSeq=" + (start + 1) + "&limit=50", pioneer);
        Reply images = api.get(messages() + "?afterSeq=" + (start + 50) + "&limit=50", pioneer);

        assertThat(texts.json().path("items").findValues("image")).hasSize(50).allMatch(JsonNode::isNull);
        assertThat(images.json().path("items").findValues("image")).hasSize(50)
                .allMatch(image -> image.path("url").asString().startsWith("/api/media/"));
        assertThat(statements.of(oneImage)).isEqualTo(statements.of(texts) + 1);
        assertThat(statements.of(images)).isEqualTo(statements.of(texts) + 1);

        // And the text page's statements include none on media: with the media table locked it is answered all the
        // same (a read of it would wait for the lock).
        try (Connection locker = dataSource.getConnection(); Statement lock = locker.createStatement()) {
            lock.execute("LOCK TABLES media WRITE");
            try {
                long started = System.nanoTime();
                Reply whileLocked = api.get(messages() + "?afterSeq=" + start + "&limit=50", pioneer);
                assertThat(whileLocked.status()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            } finally {
                lock.execute("UNLOCK TABLES");
            }
        }
    }

    private boolean hidden(String mediaId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT hidden FROM media WHERE id = ?", Boolean.class,
                Long.parseLong(mediaId)));
    }

    @Test
    void aCardNamingUploadsIsReadWithTheirLinksWhileItsStoredPayloadKeepsOnlyTheIds() throws Exception {
        String photo = media.memberImage(member, "CHAT");
        String hidden = media.memberImage(member, "CHAT");
        media.judgeRisky(hidden);
        for (int i = 0; i < 100 && !hidden(hidden); i++) {
            MediaFixtures.pause(50);
        }
        assertThat(hidden(hidden)).isTrue();
        String refId = UUID.randomUUID().toString().substring(0, 12);

        cards.postToCobuilding(Long.parseLong(cobuildingId), CardType.CHECKIN, Map.of("title", "主题党日",
                "displayName", "成员", "mediaIds", List.of(photo, hidden)), "checkin", refId);

        JsonNode card = null;
        for (JsonNode m : sync(member)) {
            if ("CHECKIN".equals(m.path("cardType").asString())) {
                card = m;
            }
        }
        assertThat(card).isNotNull();
        JsonNode payload = card.path("payload");
        assertThat(payload.path("mediaIds").get(0).asString()).isEqualTo(photo);
        // The hidden upload is left out; the other is signed for this read.
        assertThat(payload.path("images")).hasSize(1);
        assertThat(payload.path("images").get(0).path("id").asString()).isEqualTo(photo);
        assertServesJpeg(payload.path("images").get(0).path("url").asString());
        String stored = jdbc.queryForObject("SELECT payload FROM message WHERE id = ?", String.class,
                Long.parseLong(card.path("id").asString()));
        assertThat(stored).contains(photo).doesNotContain("images").doesNotContain("/api/media/");
    }
}
