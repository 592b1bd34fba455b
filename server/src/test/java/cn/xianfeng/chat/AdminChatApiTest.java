package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The bureau over a co-building's group: oversight for every reader, posting and moderation for some, all audited. */
@ApiTest
class AdminChatApiTest extends ApiTestBase {

    @Autowired
    RedissonClient redisson;
    String pioneer;
    String cobuildingId;
    String conversationId;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        conversationId = api.get("/api/admin/cobuildings/" + cobuildingId + "/conversation", fixtures.superAdmin())
                .json().path("id").asString();
        // Each run has a database of its own but Redis may be shared with earlier runs, whose ids were the same:
        // their audit hours must not count for this run's conversation.
        redisson.getKeys().deleteByPattern("chat:view-audit:*:" + conversationId);
    }

    private Reply post(String adminToken, String clientMsgId, String text) {
        return api.post(messages(), Map.of("clientMsgId", clientMsgId, "type", "TEXT", "text", text), adminToken);
    }

    private String messages() {
        return "/api/admin/conversations/" + conversationId + "/messages";
    }

    private int audited(String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = ? AND target_id = ?", Integer.class,
                action, conversationId);
    }

    private int viewsAuditedFor(String adminToken) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'chat.view' AND target_id = ? "
                + "AND admin_id = ?", Integer.class, conversationId, Long.parseLong(fixtures.adminId(adminToken)));
    }

    @Test
    void everyReaderOverseesTheGroupAndOpeningItIsAudited() {
        api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "本周活动照片已上传"), pioneer);
        String viewer = fixtures.admin("VIEWER");

        Reply latest = api.get(messages(), viewer);
        assertThat(latest.status()).isEqualTo(200);
        assertThat(latest.body()).contains("本周活动照片已上传");
        assertThat(viewsAuditedFor(viewer)).isEqualTo(1);
        // Polling on from a seq within the hour is not audited again.
        assertThat(api.get(messages() + "?afterSeq=1", viewer).status()).isEqualTo(200);
        assertThat(viewsAuditedFor(viewer)).isEqualTo(1);

        assertThat(post(viewer, UUID.randomUUID().toString(), "我只能看").status()).isEqualTo(403);
        assertThat(post(fixtures.admin("EVALUATOR"), UUID.randomUUID().toString(), "我也只能看").status())
                .isEqualTo(403);
        String otherLiaison = fixtures.admin("LIAISON");
        assertThat(api.get(messages(), otherLiaison).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/cobuildings/" + cobuildingId + "/conversation", otherLiaison).status())
                .isEqualTo(404);
        assertThat(api.get(messages(), pioneer).status()).isEqualTo(401);
    }

    @Test
    void everyWayOfReadingAGroupIsAuditedOncePerAdminAndHour() {
        api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "内部讨论"), pioneer);
        String viewer = fixtures.admin("VIEWER");
        String evaluator = fixtures.admin("EVALUATOR");
        String bureau = fixtures.admin("BUREAU_ADMIN");

        // The whole history through sync from the start: audited.
        Reply synced = api.get(messages() + "?afterSeq=0&limit=200", viewer);
        assertThat(synced.body()).contains("内部讨论");
        assertThat(viewsAuditedFor(viewer)).isEqualTo(1);
        // History from the top of the range: audited.
        Reply history = api.get(messages() + "?beforeSeq=9223372036854775807", evaluator);
        assertThat(history.body()).contains("内部讨论");
        assertThat(viewsAuditedFor(evaluator)).isEqualTo(1);
        // The group's line, which shows the last message: audited.
        Reply line = api.get("/api/admin/cobuildings/" + cobuildingId + "/conversation", bureau);
        assertThat(line.json().path("lastMessage").path("preview").asString()).isEqualTo("内部讨论");
        assertThat(viewsAuditedFor(bureau)).isEqualTo(1);

        // Within the hour, any further read by the same admin adds nothing.
        api.get(messages(), viewer);
        api.get(messages() + "?beforeSeq=9223372036854775807", viewer);
        api.get(messages() + "?afterSeq=0&limit=200", evaluator);
        assertThat(viewsAuditedFor(viewer)).isEqualTo(1);
        assertThat(viewsAuditedFor(evaluator)).isEqualTo(1);

        // The hour is a Redis key that expires; once it has, the next read is audited again.
        RBucket<String> window = redisson.getBucket(ChatViewAudit.key(Long.parseLong(fixtures.adminId(viewer)),
                Long.parseLong(conversationId)), StringCodec.INSTANCE);
        assertThat(window.remainTimeToLive()).isBetween(Duration.ofMinutes(59).toMillis(),
                Duration.ofHours(1).toMillis());
        window.delete();
        api.get(messages() + "?afterSeq=0&limit=200", viewer);
        assertThat(viewsAuditedFor(viewer)).isEqualTo(2);
    }

    @Test
    void theBureauPostsIdempotentlyAndMembersSeeItAsTheBureau() {
        String bureau = fixtures.admin("BUREAU_ADMIN");
        String clientMsgId = UUID.randomUUID().toString();
        Reply posted = post(bureau, clientMsgId, "请各先锋号于月底前提交进展");
        Reply again = post(bureau, clientMsgId, "请各先锋号于月底前提交进展");

        assertThat(posted.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("seq").asLong()).isEqualTo(posted.json().path("seq").asLong());
        assertThat(audited("chat.post")).isEqualTo(1);
        JsonNode seen = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq="
                + (posted.json().path("seq").asLong() - 1), pioneer).json().path("items").get(0);
        assertThat(seen.path("sender").path("type").asString()).isEqualTo("ADMIN");
        assertThat(seen.path("sender").path("displayName").asString()).isEqualTo("测试BUREAU_ADMIN");

        // The co-building's own liaison may post too.
        String liaison = fixtures.admin("LIAISON");
        api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaison)), fixtures.superAdmin());
        assertThat(post(liaison, UUID.randomUUID().toString(), "有问题随时找我").status()).isEqualTo(201);

        Reply tooLong = post(bureau, UUID.randomUUID().toString(), "长".repeat(2001));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().path("errors").has("text")).isTrue();
    }

    @Test
    void theBureauRecallsAnyMessageAndMembersSeeWhoDidIt() {
        Reply sent = api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "不当言论"), pioneer);
        long seq = sent.json().path("seq").asLong();
        // Long after the member's own two minutes.
        jdbc.update("UPDATE message SET created_at = created_at - INTERVAL 1 DAY WHERE conversation_id = ? AND seq = ?",
                Long.parseLong(conversationId), seq);
        String recallPath = messages() + "/" + seq + "/recall";

        assertThat(api.post(recallPath, Map.of("reason", "x"), fixtures.admin("VIEWER")).status()).isEqualTo(403);
        Reply recalled = api.post(recallPath, Map.of("reason", "违反群规"), fixtures.admin("BUREAU_ADMIN"));
        assertThat(recalled.status()).isEqualTo(200);
        assertThat(recalled.json().path("recalled").asBoolean()).isTrue();
        assertThat(recalled.json().path("recalledBy").asString()).isEqualTo("BUREAU");

        JsonNode seen = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=" + (seq - 1), pioneer)
                .json().path("items").get(0);
        assertThat(seen.path("recalled").asBoolean()).isTrue();
        assertThat(seen.path("recalledBy").asString()).isEqualTo("BUREAU");
        assertThat(seen.path("text").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT summary FROM audit_log WHERE action = 'chat.recall' AND target_id = ?",
                String.class, conversationId)).isEqualTo("seq " + seq + "：违反群规");
        assertThat(api.post(messages() + "/99999/recall", null, fixtures.superAdmin()).status()).isEqualTo(404);
    }

    @Test
    void moderatorsRecallingOneMessageAtOnceLeaveOneAuditEntryAndAllSeeItRecalled() throws Exception {
        long seq = api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "需要撤回的消息"), pioneer)
                .json().path("seq").asLong();
        List<String> moderators = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            moderators.add(fixtures.admin("BUREAU_ADMIN"));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(moderators.size());
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (String moderator : moderators) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.post(messages() + "/" + seq + "/recall", Map.of("reason", "违反群规"), moderator);
                }));
            }
            start.countDown();
            for (Future<Reply> reply : replies) {
                Reply answered = reply.get(30, TimeUnit.SECONDS);
                assertThat(answered.status()).isEqualTo(200);
                assertThat(answered.json().path("recalled").asBoolean()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(audited("chat.recall")).isEqualTo(1);
    }

    @Test
    void aWithdrawnCobuildingsGroupIsReadOnlyForTheBureauToo() {
        api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "退出"), fixtures.superAdmin());
        Reply refused = post(fixtures.superAdmin(), UUID.randomUUID().toString(), "还能发吗");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("COBUILDING_CLOSED");
        assertThat(api.get(messages(), fixtures.admin("VIEWER")).status()).isEqualTo(200);
    }
}
