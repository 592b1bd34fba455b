package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The co-building's group chat over HTTP: ordered, never doubled, never lost, private to its members. */
@ApiTest
class ChatApiTest extends ApiTestBase {

    @Autowired
    PendingTextChecks pendingChecks;
    @Autowired
    ConversationWriter writer;
    @Autowired
    ChatMessageMapper messageRows;
    @Autowired
    ConversationMapper conversationRows;
    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;

    @BeforeEach
    void setUp() throws InterruptedException {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        conversationId = groupOf(pioneer).path("id").asString();
        // The welcome card is posted after the approval's commit; wait for it so seqs below are predictable.
        for (int i = 0; i < 100 && maxSeq() < 1; i++) {
            Thread.sleep(50);
        }
    }

    private JsonNode groupOf(String token) {
        for (JsonNode conversation : api.get("/api/mp/conversations", token).json().path("items")) {
            if (cobuildingId.equals(conversation.path("cobuildingId").asString())) {
                return conversation;
            }
        }
        return null;
    }

    private long maxSeq() {
        return jdbc.queryForObject("SELECT max_seq FROM conversation WHERE id = ?", Long.class,
                Long.parseLong(conversationId));
    }

    private Reply send(String token, String clientMsgId, String text) {
        return api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", clientMsgId, "type", "TEXT", "text", text), token);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aNewCobuildingHasAGroupConversationThatOpensWithAWelcomeCard() throws InterruptedException {
        JsonNode group = groupOf(member);
        assertThat(group.path("type").asString()).isEqualTo("GROUP");
        assertThat(group.path("title").asString()).endsWith("先锋号");

        JsonNode first = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=0", member).json()
                .path("items").get(0);
        assertThat(first.path("type").asString()).isEqualTo("CARD");
        assertThat(first.path("cardType").asString()).isEqualTo("SYSTEM");
        assertThat(first.path("sender").path("type").asString()).isEqualTo("SYSTEM");
        assertThat(first.path("payload").path("title").asString()).isEqualTo("先锋号成立");
        // The reaction is recorded in the event publication log and marked complete once done.
        assertThat(completedCreationEvents()).isEqualTo(1);
    }

    private int completedCreationEvents() throws InterruptedException {
        int completed = 0;
        for (int i = 0; i < 100 && completed == 0; i++) {
            completed = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE event_type LIKE ? "
                    + "AND serialized_event LIKE ? AND listener_id LIKE ? AND completion_date IS NOT NULL",
                    Integer.class, "%CobuildingCreated", "%\"cobuildingId\":" + cobuildingId + ",%",
                    "%GroupConversations%");
            if (completed == 0) {
                Thread.sleep(50);
            }
        }
        return completed;
    }

    @Test
    void aMessageReachesTheOtherMemberOnceAndAResendReturnsTheSameMessage() {
        long before = maxSeq();
        String clientMsgId = newId();

        Reply sent = send(pioneer, clientMsgId, "明天 <b>下午</b> 三点开会");
        Reply resent = send(pioneer, clientMsgId, "明天 <b>下午</b> 三点开会");

        assertThat(sent.status()).isEqualTo(201);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("id").asString()).isEqualTo(sent.json().path("id").asString());
        assertThat(sent.json().path("seq").asLong()).isEqualTo(before + 1);
        assertThat(maxSeq()).isEqualTo(before + 1);

        JsonNode unread = groupOf(member);
        assertThat(unread.path("unread").asLong()).isEqualTo(before + 1);
        assertThat(unread.path("lastMessage").path("preview").asString()).isEqualTo("明天 <b>下午</b> 三点开会");
        assertThat(groupOf(pioneer).path("unread").asLong()).isZero();

        JsonNode synced = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=" + before, member)
                .json();
        assertThat(synced.path("items")).hasSize(1);
        assertThat(synced.path("items").get(0).path("text").asString()).isEqualTo("明天 <b>下午</b> 三点开会");
        assertThat(synced.path("hasMore").asBoolean()).isFalse();

        assertThat(api.post("/api/mp/conversations/" + conversationId + "/read", Map.of("seq", before + 1), member)
                .status()).isEqualTo(204);
        assertThat(groupOf(member).path("unread").asLong()).isZero();
        // A late, older read mark from another device does not bring unread messages back.
        api.post("/api/mp/conversations/" + conversationId + "/read", Map.of("seq", 0), member);
        assertThat(groupOf(member).path("unread").asLong()).isZero();
    }

    @Test
    void riskyTextIsRefusedAndNotStored() {
        long before = maxSeq();

        Reply reply = send(member, newId(), "一起来赌博吧");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("CONTENT_RISKY");
        assertThat(maxSeq()).isEqualTo(before);
    }

    @Test
    void messagesAreValidated() {
        Reply tooLong = send(member, newId(), "长".repeat(2001));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().path("errors").has("text")).isTrue();
        Reply badId = send(member, "x", "你好");
        assertThat(badId.json().path("errors").has("clientMsgId")).isTrue();
        Reply image = api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", newId(), "type", "IMAGE", "text", "x"), member);
        assertThat(image.status()).isEqualTo(422);
    }

    @Test
    void outsidersAndRemovedMembersSeeNothing() {
        String outsider = fixtures.member();
        String path = "/api/mp/conversations/" + conversationId + "/messages";
        assertThat(api.get(path + "?afterSeq=0", outsider).status()).isEqualTo(404);
        assertThat(send(outsider, newId(), "你好").status()).isEqualTo(404);
        assertThat(groupOf(outsider)).isNull();

        send(member, newId(), "我先发一条");
        api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/members/" + fixtures.userId(member), null, null,
                pioneer);
        assertThat(api.get(path + "?afterSeq=0", member).status()).isEqualTo(404);
        assertThat(send(member, newId(), "还在吗").status()).isEqualTo(404);
        // What they wrote stays.
        assertThat(api.get(path + "?afterSeq=0", pioneer).body()).contains("我先发一条");
    }

    @Test
    void ownMessagesCanBeRecalledForTwoMinutesAndStayAsTombstones() {
        Reply sent = send(member, newId(), "发错了");
        long seq = sent.json().path("seq").asLong();
        String recallPath = "/api/mp/conversations/" + conversationId + "/messages/" + seq + "/recall";

        assertThat(api.post(recallPath, null, pioneer).status()).isEqualTo(403);
        Reply recalled = api.post(recallPath, null, member);
        assertThat(recalled.status()).isEqualTo(200);
        assertThat(recalled.json().path("recalled").asBoolean()).isTrue();
        assertThat(recalled.json().path("text").isNull()).isTrue();
        JsonNode seen = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=" + (seq - 1), pioneer)
                .json().path("items").get(0);
        assertThat(seen.path("seq").asLong()).isEqualTo(seq);
        assertThat(seen.path("recalled").asBoolean()).isTrue();
        assertThat(seen.path("text").isNull()).isTrue();

        long old = send(member, newId(), "很久以前").json().path("seq").asLong();
        jdbc.update("UPDATE message SET created_at = created_at - INTERVAL 3 MINUTE WHERE conversation_id = ? AND seq = ?",
                Long.parseLong(conversationId), old);
        Reply late = api.post("/api/mp/conversations/" + conversationId + "/messages/" + old + "/recall", null, member);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("RECALL_WINDOW_PASSED");
    }

    @Test
    void concurrentSendersGetGaplessDistinctSeqs() throws Exception {
        List<String> senders = new ArrayList<>(List.of(pioneer, member));
        String leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 20);
        for (int i = 0; i < 8; i++) {
            String token = fixtures.member();
            api.post("/api/mp/invitations/join", Map.of("code", code), token);
            senders.add(token);
        }
        long before = maxSeq();
        var pool = Executors.newFixedThreadPool(10);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String token = senders.get(i % senders.size());
            int n = i;
            replies.add(pool.submit(() -> send(token, newId(), "并发消息 " + n)));
        }
        for (Future<Reply> reply : replies) {
            assertThat(reply.get().status()).isEqualTo(201);
        }
        pool.shutdown();

        List<Long> seqs = jdbc.queryForList("SELECT seq FROM message WHERE conversation_id = ? AND seq > ? ORDER BY seq",
                Long.class, Long.parseLong(conversationId), before);
        assertThat(seqs).hasSize(50);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(before + 1 + i);
        }
        assertThat(maxSeq()).isEqualTo(before + 50);
    }

    @Test
    void historyPagesBackwardsInOrder() {
        long before = maxSeq();
        for (int i = 0; i < 5; i++) {
            send(pioneer, newId(), "历史 " + i);
        }
        JsonNode latest = api.get("/api/mp/conversations/" + conversationId + "/messages?limit=2", member).json();
        assertThat(latest.path("items")).extracting(m -> m.path("text").asString()).containsExactly("历史 3", "历史 4");
        assertThat(latest.path("hasMore").asBoolean()).isTrue();
        long oldest = latest.path("items").get(0).path("seq").asLong();
        JsonNode older = api.get("/api/mp/conversations/" + conversationId + "/messages?limit=2&beforeSeq=" + oldest,
                member).json();
        assertThat(older.path("items")).extracting(m -> m.path("seq").asLong())
                .containsExactly(before + 2, before + 3);
    }

    @Test
    void sendingFasterThanTheLimitIs429() {
        int refused = 0;
        for (int i = 0; i < ChatService.SEND_RATE + 3; i++) {
            Reply reply = send(member, newId(), "刷屏 " + i);
            if (reply.status() == 429) {
                refused++;
                assertThat(reply.code()).isEqualTo("CHAT_RATE_LIMITED");
                assertThat(reply.retryAfter()).isNotBlank();
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aWithdrawnCobuildingsChatIsReadOnly() {
        send(member, newId(), "最后一条");
        api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "退出"), fixtures.superAdmin());

        Reply refused = send(member, newId(), "还能发吗");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("COBUILDING_CLOSED");
        assertThat(api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=0", member).body())
                .contains("最后一条");
    }

    @Test
    void textSentWhileWeChatIsDownWaitsForTheCheckAndIsNotLost() {
        String path = "/api/mp/conversations/" + conversationId + "/messages";
        Reply fine;
        Reply risky;
        weChatDown(true);
        try {
            fine = send(member, newId(), "周五交材料");
            risky = send(member, newId(), "一起来 risky-word 吧");
            assertThat(fine.status()).isEqualTo(201);
            assertThat(fine.json().path("contentCheck").asString()).isEqualTo("PENDING");
            // Its sender sees the text; the others see that it waits for the check.
            assertThat(fine.json().path("text").asString()).isEqualTo("周五交材料");
            JsonNode seenByOther = api.get(path + "?afterSeq=" + (fine.json().path("seq").asLong() - 1), pioneer)
                    .json().path("items").get(0);
            assertThat(seenByOther.path("contentCheck").asString()).isEqualTo("PENDING");
            assertThat(seenByOther.path("text").isNull()).isTrue();
            assertThat(groupOf(pioneer).path("lastMessage").path("preview").asString()).isEqualTo("消息审核中");
            // While WeChat stays down a round settles neither.
            pendingChecks.recheck();
            assertThat(check(fine)).isEqualTo("PENDING");
            assertThat(check(risky)).isEqualTo("PENDING");
        } finally {
            weChatDown(false);
        }

        // As if the pause after a failed attempt had passed.
        jdbc.update("UPDATE message SET check_due_at = NULL WHERE id IN (?, ?)", messageId(fine), messageId(risky));
        recheckUntil(() -> !"PENDING".equals(check(fine)) && !"PENDING".equals(check(risky)));
        Map<Long, JsonNode> bySeq = new java.util.HashMap<>();
        api.get(path + "?afterSeq=0", pioneer).json().path("items").forEach(m -> bySeq.put(m.path("seq").asLong(), m));
        JsonNode passed = bySeq.get(fine.json().path("seq").asLong());
        assertThat(passed.path("contentCheck").asString()).isEqualTo("PASSED");
        assertThat(passed.path("text").asString()).isEqualTo("周五交材料");
        JsonNode blocked = bySeq.get(risky.json().path("seq").asLong());
        assertThat(blocked.path("contentCheck").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.path("text").isNull()).isTrue();
        assertThat(api.get(path + "?afterSeq=" + (risky.json().path("seq").asLong() - 1), member).json()
                .path("items").get(0).path("text").isNull()).isTrue();
    }

    @Test
    void aTextWeChatRefusesForGoodIsBlockedAndTheTextsAfterItAreStillChecked() {
        Reply refused;
        Reply after;
        weChatDown(true);
        try {
            refused = send(pioneer, newId(), "先发的一条");
            after = send(member, newId(), "后发的一条");
        } finally {
            weChatDown(false);
        }
        // WeChat answers 40003 for an openid that is not one of its own: no retry can change that.
        jdbc.update("UPDATE app_user SET openid = ? WHERE id = ?", "not-an-openid-" + UUID.randomUUID(),
                Long.parseLong(fixtures.userId(pioneer)));

        recheckUntil(() -> !"PENDING".equals(check(after)));

        assertThat(check(refused)).isEqualTo("BLOCKED");
        assertThat(attempts(refused)).isZero();
        assertThat(check(after)).isEqualTo("PASSED");
        JsonNode seen = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq="
                + (refused.json().path("seq").asLong() - 1), member).json().path("items").get(0);
        assertThat(seen.path("contentCheck").asString()).isEqualTo("BLOCKED");
        assertThat(seen.path("text").isNull()).isTrue();
    }

    @Test
    void whileWeChatStaysDownEachAttemptWaitsLongerAndTheLastBlocksTheText() {
        weChatDown(true);
        try {
            Reply waiting = send(member, newId(), "周五交材料");
            long id = messageId(waiting);

            Instant firstRound = Instant.now();
            recheckUntil(() -> attempts(waiting) == 1);
            assertThat(dueAt(id)).isBetween(firstRound.plusSeconds(55), Instant.now().plusSeconds(65));
            // Not due again before its pause is over.
            pendingChecks.recheck();
            assertThat(attempts(waiting)).isEqualTo(1);

            jdbc.update("UPDATE message SET check_due_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                    id);
            Instant secondRound = Instant.now();
            recheckUntil(() -> attempts(waiting) == 2);
            assertThat(dueAt(id)).isBetween(secondRound.plusSeconds(115), Instant.now().plusSeconds(125));
            assertThat(check(waiting)).isEqualTo("PENDING");

            jdbc.update("UPDATE message SET check_attempts = ?, check_due_at = NULL WHERE id = ?",
                    PendingTextChecks.MAX_ATTEMPTS - 1, id);
            recheckUntil(() -> !"PENDING".equals(check(waiting)));
            assertThat(check(waiting)).isEqualTo("BLOCKED");
            assertThat(api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq="
                    + (waiting.json().path("seq").asLong() - 1), pioneer).json().path("items").get(0)
                    .path("text").isNull()).isTrue();
        } finally {
            weChatDown(false);
        }
    }

    private void weChatDown(boolean down) {
        assertThat(api.send(down ? "PUT" : "DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null).status())
                .isEqualTo(204);
    }

    private long messageId(Reply sent) {
        return jdbc.queryForObject("SELECT id FROM message WHERE conversation_id = ? AND seq = ?", Long.class,
                Long.parseLong(conversationId), sent.json().path("seq").asLong());
    }

    private String check(Reply sent) {
        return jdbc.queryForObject("SELECT content_check FROM message WHERE id = ?", String.class, messageId(sent));
    }

    private int attempts(Reply sent) {
        return jdbc.queryForObject("SELECT check_attempts FROM message WHERE id = ?", Integer.class, messageId(sent));
    }

    private Instant dueAt(long id) {
        return jdbc.queryForObject("SELECT check_due_at FROM message WHERE id = ?", Timestamp.class, id).toInstant();
    }

    /**
     * Runs rounds until the condition holds. Texts other tests left pending are in the same table and may come
     * first: while WeChat is down each round stops at the first of them (which then waits out its pause), so a few
     * rounds may pass before this test's text is reached.
     */
    private void recheckUntil(BooleanSupplier condition) {
        for (int round = 0; round < 50 && !condition.getAsBoolean(); round++) {
            pendingChecks.recheck();
        }
        assertThat(condition.getAsBoolean()).as("settled within 50 rounds").isTrue();
    }

    @Test
    void aRecallDoesNotPutBackAContentCheckSettledWhileItRan() {
        Reply sent;
        assertThat(api.send("PUT", "/wx-sim/_outages/msg_sec_check", null, null, null).status()).isEqualTo(204);
        try {
            sent = send(member, newId(), "稍后审核的消息");
        } finally {
            api.send("DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null);
        }
        long id = Long.parseLong(sent.json().path("id").asString());
        // The recall read the message while its check was still pending...
        ChatMessage readEarlier = messageRows.selectById(id);
        assertThat(readEarlier.getContentCheck()).isEqualTo(ContentCheck.PENDING);
        // ...and the later check blocks it before the recall writes.
        assertThat(messageRows.settleCheck(id, ContentCheck.BLOCKED)).isEqualTo(1);

        ChatMessage recalled = writer.recall(conversationRows.selectById(Long.parseLong(conversationId)), readEarlier,
                RecalledBy.SENDER).message();

        assertThat(recalled.getRecalled()).isTrue();
        assertThat(jdbc.queryForObject("SELECT content_check FROM message WHERE id = ?", String.class, id))
                .isEqualTo("BLOCKED");
    }
}
