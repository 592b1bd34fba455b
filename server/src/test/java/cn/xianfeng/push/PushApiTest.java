package cn.xianfeng.push;

import static cn.xianfeng.push.PushTestSupport.count;
import static cn.xianfeng.push.PushTestSupport.eventually;
import static cn.xianfeng.push.PushTestSupport.grant;
import static cn.xianfeng.push.PushTestSupport.openid;
import static cn.xianfeng.push.PushTestSupport.pending;
import static cn.xianfeng.push.PushTestSupport.remaining;
import static cn.xianfeng.push.PushTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.goal.TaskOverdue;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import cn.xianfeng.wechat.WeChatPushSignature;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Subscribe messages through the API and the simulator: grants, the outbox, the worker, reminders, the bureau. */
@ApiTest
class PushApiTest extends ApiTestBase {

    static final String BRIEFING_TEMPLATE = "tpl-test-briefing";

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PushWorker worker;
    @Autowired
    PushReactions reactions;
    @Autowired
    PushDirectory directory;

    // --- templates and grants ----------------------------------------------------------------------------------

    @Test
    void theMiniProgramLearnsTheTemplatesOfTheScenesThatAreOn() {
        Reply reply = api.get("/api/mp/push/templates", fixtures.member());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<String> scenes = new ArrayList<>();
        reply.json().path("items").forEach(i -> scenes.add(i.path("scene").asString()));
        assertThat(scenes).containsExactly("BRIEFING_PUBLISHED", "ACTIVITY_REMINDER", "EVALUATION_RESULT",
                "TASK_OVERDUE");
        assertThat(reply.json().path("items").get(0).path("templateId").asString()).isEqualTo(BRIEFING_TEMPLATE);
        assertThat(reply.json().path("items").get(0).path("title").asString()).isEqualTo("政策解读发布通知");
        assertThat(api.get("/api/mp/push/templates", null).status()).isEqualTo(401);
    }

    @Test
    void eachAcceptAddsOneSendAndRefusalsAreKeptButGrantNothing() {
        String member = fixtures.member();
        long userId = Long.parseLong(fixtures.userId(member));

        Reply first = report(member, result(BRIEFING_TEMPLATE, "accept"), result("tpl-test-activity", "reject"),
                result("somebody-elses-template", "accept"));
        Reply second = report(member, result(BRIEFING_TEMPLATE, "accept"), result("tpl-test-evaluation", "ban"));

        assertThat(first.status()).as(first.body()).isEqualTo(204);
        assertThat(second.status()).isEqualTo(204);
        assertThat(remaining(jdbc, userId, BRIEFING_TEMPLATE)).isEqualTo(2);
        assertThat(remaining(jdbc, userId, "tpl-test-activity")).isZero();
        assertThat(remaining(jdbc, userId, "tpl-test-evaluation")).isZero();
        assertThat(remaining(jdbc, userId, "somebody-elses-template")).isNull();
        assertThat(jdbc.queryForObject("SELECT last_result FROM push_quota WHERE user_id = ? AND template_id = ?",
                String.class, userId, "tpl-test-activity")).isEqualTo("reject");
    }

    @Test
    void aResultThatIsNoneOfWeChatsWordsIs422() {
        Reply reply = report(fixtures.member(), result(BRIEFING_TEMPLATE, "maybe"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void weChatsSwitchOffEventIsKeptAndItsPopupAcceptIsNotCountedTwice() {
        String member = fixtures.member();
        long userId = Long.parseLong(fixtures.userId(member));
        report(member, result(BRIEFING_TEMPLATE, "accept"));
        String openid = openid(jdbc, userId);

        Reply popup = wechatPush("{\"ToUserName\":\"gh_1\",\"FromUserName\":\"" + openid + "\",\"CreateTime\":\"1\","
                + "\"MsgType\":\"event\",\"Event\":\"subscribe_msg_popup_event\",\"List\":{\"TemplateId\":\""
                + BRIEFING_TEMPLATE + "\",\"SubscribeStatusString\":\"accept\",\"PopupScene\":\"0\"}}");
        Reply change = wechatPush("{\"ToUserName\":\"gh_1\",\"FromUserName\":\"" + openid + "\",\"CreateTime\":\"2\","
                + "\"MsgType\":\"event\",\"Event\":\"subscribe_msg_change_event\",\"List\":[{\"TemplateId\":\""
                + "tpl-test-activity\",\"SubscribeStatusString\":\"reject\"}]}");

        assertThat(popup.body()).isEqualTo("success");
        assertThat(change.body()).isEqualTo("success");
        eventually("the switch-off recorded", () -> remaining(jdbc, userId, "tpl-test-activity") != null);
        assertThat(jdbc.queryForObject("SELECT last_result FROM push_quota WHERE user_id = ? AND template_id = ?",
                String.class, userId, "tpl-test-activity")).isEqualTo("reject");
        assertThat(remaining(jdbc, userId, BRIEFING_TEMPLATE)).isEqualTo(1);
    }

    // --- the outbox ----------------------------------------------------------------------------------------------

    @Test
    void aRequestPublishedTwiceBecomesOneDeliveryPerPersonAndIsSentWithFieldsFittedToWeChatsRules() {
        String member = fixtures.member();
        long userId = Long.parseLong(fixtures.userId(member));
        long other = Long.parseLong(fixtures.userId(fixtures.member()));
        report(member, result(BRIEFING_TEMPLATE, "accept"), result(BRIEFING_TEMPLATE, "accept"));
        String ref = Fixtures.unique("briefing:");
        String title = "关于组织申报2027年度企业研究开发投入财政奖补资金的通知全文";
        PushRequested request = new PushRequested(PushScene.BRIEFING_PUBLISHED, ref, List.of(userId, other, userId),
                Map.of("title", title, "category", "研发投入财政奖补", "deadline", "2027-03-31"), "id=12");

        publish(request);
        publish(request);

        eventually("both deliveries settled", () -> count(jdbc, PushScene.BRIEFING_PUBLISHED, ref) == 2
                && jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery WHERE ref_id = ? AND status <> 'PENDING'",
                Integer.class, ref) == 2);
        assertThat(jdbc.queryForList("SELECT status FROM push_delivery WHERE ref_id = ? ORDER BY user_id", String.class,
                ref)).containsExactlyInAnyOrder("SENT", "NO_QUOTA");
        assertThat(deliveryStatus(ref, userId)).isEqualTo("SENT");
        assertThat(deliveryStatus(ref, other)).isEqualTo("NO_QUOTA");
        assertThat(remaining(jdbc, userId, BRIEFING_TEMPLATE)).isEqualTo(1);
        List<JsonNode> sent = sendsTo(openid(jdbc, userId));
        assertThat(sent).hasSize(1);
        JsonNode message = sent.get(0).path("request");
        assertThat(message.path("template_id").asString()).isEqualTo(BRIEFING_TEMPLATE);
        assertThat(message.path("page").asString()).isEqualTo("packages/briefing/detail?id=12");
        assertThat(message.path("miniprogram_state").asString()).isEqualTo("formal");
        String thing = message.path("data").path("thing1").path("value").asString();
        assertThat(thing.codePointCount(0, thing.length())).isEqualTo(20);
        assertThat(thing).startsWith("关于组织申报2027年度").endsWith("…");
        assertThat(message.path("data").path("time3").path("value").asString()).isEqualTo("2027年03月31日 00:00");
        assertThat(sent.get(0).path("response").path("errcode").asInt()).isZero();
        assertThat(sendsTo(openid(jdbc, other))).isEmpty();
        assertThat(directory.countsByRef(PushScene.BRIEFING_PUBLISHED, ref)).containsEntry(DeliveryStatus.SENT, 1)
                .containsEntry(DeliveryStatus.NO_QUOTA, 1).containsEntry(DeliveryStatus.PENDING, 0)
                .containsEntry(DeliveryStatus.FAILED, 0);
        assertThat(directory.sentTo(PushScene.BRIEFING_PUBLISHED, ref, List.of(userId, other))).containsExactly(userId);
    }

    @Test
    void theDirectoryCountsAReferenceWithItsSubReferencesButNotALongerOne() {
        long userId = Long.parseLong(fixtures.userId(fixtures.member()));
        String ref = Fixtures.unique("briefing:");
        pending(jdbc, PushScene.BRIEFING_PUBLISHED, ref, userId, BRIEFING_TEMPLATE);
        pending(jdbc, PushScene.BRIEFING_PUBLISHED, ref + ":remind:1", userId, BRIEFING_TEMPLATE);
        pending(jdbc, PushScene.BRIEFING_PUBLISHED, ref + "5", userId, BRIEFING_TEMPLATE);
        pending(jdbc, PushScene.TASK_OVERDUE, ref, userId, "tpl-test-task-overdue");

        assertThat(directory.countsByRef(PushScene.BRIEFING_PUBLISHED, ref).values().stream()
                .mapToInt(Integer::intValue).sum()).isEqualTo(2);
        assertThat(directory.countsByRef(PushScene.BRIEFING_PUBLISHED, "%").values().stream()
                .mapToInt(Integer::intValue).sum()).isZero();
        assertThat(directory.sentTo(PushScene.BRIEFING_PUBLISHED, ref, List.of())).isEmpty();
    }

    @Test
    void aSceneWithoutATemplateMakesNoDeliveries() {
        long userId = Long.parseLong(fixtures.userId(fixtures.member()));
        String ref = Fixtures.unique("rectification:");

        publish(new PushRequested(PushScene.RECTIFICATION_NOTICE, ref, List.of(userId), Map.of("title", "整改"), null));
        String marker = Fixtures.unique("briefing:");
        publish(new PushRequested(PushScene.BRIEFING_PUBLISHED, marker, List.of(userId), Map.of("title", "x"), null));

        // Listeners run in order of publication per thread is not promised; the second one is the clock.
        eventually("the later request handled", () -> count(jdbc, PushScene.BRIEFING_PUBLISHED, marker) == 1);
        assertThat(count(jdbc, PushScene.RECTIFICATION_NOTICE, ref)).isZero();
    }

    @Test
    void twoWorkersAtOnceNeverSendTheSameDelivery() throws Exception {
        String member = fixtures.member();
        long userId = Long.parseLong(fixtures.userId(member));
        grant(jdbc, userId, BRIEFING_TEMPLATE, 200);
        List<Long> ids = new ArrayList<>();
        String prefix = Fixtures.unique("race:");
        for (int i = 0; i < 60; i++) {
            ids.add(pending(jdbc, PushScene.BRIEFING_PUBLISHED, prefix + i, userId, BRIEFING_TEMPLATE));
        }

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            rounds.add(pool.submit(() -> {
                start.await();
                return worker.drain();
            }));
        }
        start.countDown();
        for (Future<Integer> round : rounds) {
            round.get();
        }
        pool.shutdown();

        assertThat(ids).allSatisfy(id -> assertThat(status(jdbc, id)).isEqualTo("SENT"));
        assertThat(sendsTo(openid(jdbc, userId))).hasSize(60);
        assertThat(remaining(jdbc, userId, BRIEFING_TEMPLATE)).isEqualTo(140);
    }

    @Test
    void aClaimLeftByAWorkerThatDiedIsSentOnceMoreAndNeverAThirdTime() {
        long userId = Long.parseLong(fixtures.userId(fixtures.member()));
        grant(jdbc, userId, BRIEFING_TEMPLATE, 5);
        String ref = Fixtures.unique("stale:");
        long once = pending(jdbc, PushScene.BRIEFING_PUBLISHED, ref + "a", userId, BRIEFING_TEMPLATE);
        long twice = pending(jdbc, PushScene.BRIEFING_PUBLISHED, ref + "b", userId, BRIEFING_TEMPLATE);
        long fresh = pending(jdbc, PushScene.BRIEFING_PUBLISHED, ref + "c", userId, BRIEFING_TEMPLATE);
        Timestamp longAgo = Timestamp.from(Instant.now().minus(10, ChronoUnit.MINUTES));
        Timestamp justNow = Timestamp.from(Instant.now());
        jdbc.update("UPDATE push_delivery SET claim_token = 'dead', claimed_at = ?, claims = 1 WHERE id = ?", longAgo,
                once);
        jdbc.update("UPDATE push_delivery SET claim_token = 'dead', claimed_at = ?, claims = 2 WHERE id = ?", longAgo,
                twice);
        jdbc.update("UPDATE push_delivery SET claim_token = 'alive', claimed_at = ?, claims = 1 WHERE id = ?", justNow,
                fresh);

        worker.drain();
        worker.drain();

        assertThat(status(jdbc, once)).isEqualTo("SENT");
        assertThat(status(jdbc, twice)).isEqualTo("FAILED");
        assertThat(status(jdbc, fresh)).as("another worker still holds it").isEqualTo("PENDING");
        assertThat(sendsTo(openid(jdbc, userId))).hasSize(1);
    }

    // --- reactions -------------------------------------------------------------------------------------------------

    @Test
    void anActivityReminderGoesOnceToTheExpectedWhoHaveNotCheckedIn() {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        String unit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", unit);
        // Active in the co-building but not on the activity's list: not expected, not reminded.
        fixtures.joined(pioneer, cobuildingId, "MEMBER", unit);
        long pioneerId = Long.parseLong(fixtures.userId(pioneer));
        long memberId = Long.parseLong(fixtures.userId(member));
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", Fixtures.unique("client-"));
        body.put("type", "LECTURE");
        body.put("title", "科技成果转化讲座");
        body.put("startAt", at(10));
        body.put("endAt", at(70));
        body.put("place", Map.of("name", "人民广场", "latitude", 31.2304, "longitude", 121.4737));
        body.put("expectedUserIds", List.of(String.valueOf(pioneerId), String.valueOf(memberId)));
        Reply created = api.post("/api/mp/cobuildings/" + cobuildingId + "/activities", body, pioneer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String activityId = created.json().path("id").asString();
        Reply checkin = api.post("/api/mp/activities/" + activityId + "/checkins", Map.of("clientId",
                Fixtures.unique("client-"), "method", "LOCATION", "location",
                Map.of("latitude", 31.2304, "longitude", 121.4737, "accuracy", 20)), pioneer);
        assertThat(checkin.status()).as(checkin.body()).isIn(200, 201);

        reactions.remindActivities();
        reactions.remindActivities();

        String ref = "activity:" + activityId;
        assertThat(jdbc.queryForList("SELECT user_id FROM push_delivery WHERE scene = 'ACTIVITY_REMINDER'"
                + " AND ref_id = ?", Long.class, ref)).containsExactly(memberId);
        String data = jdbc.queryForObject("SELECT data FROM push_delivery WHERE ref_id = ?", String.class, ref);
        assertThat(data).contains("科技成果转化讲座", "人民广场");
    }

    @Test
    void anOverdueTaskWithoutOwnersIsNoticedToThePioneer() {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        long pioneerId = Long.parseLong(fixtures.userId(pioneer));
        long taskId = System.nanoTime() % 1_000_000_000L;

        transaction.executeWithoutResult(s -> events.publishEvent(new TaskOverdue(taskId, 1L,
                Long.parseLong(cobuildingId), "完成研发费用归集", LocalDate.now().minusDays(1), List.of())));

        String ref = "task:" + taskId + ":" + LocalDate.now().minusDays(1);
        eventually("the notice queued", () -> count(jdbc, PushScene.TASK_OVERDUE, ref) == 1);
        assertThat(jdbc.queryForObject("SELECT user_id FROM push_delivery WHERE scene = 'TASK_OVERDUE' AND ref_id = ?",
                Long.class, ref)).isEqualTo(pioneerId);
    }

    // --- the bureau ----------------------------------------------------------------------------------------------

    @Test
    void theBureauListsCountsAndRetriesDeliveriesAndOnlyItsManagersMayRetry() {
        long userId = Long.parseLong(fixtures.userId(fixtures.member()));
        String ref = Fixtures.unique("admin:");
        long noQuota = pending(jdbc, PushScene.EVALUATION_RESULT, ref, userId, "tpl-test-evaluation");
        worker.drain();
        assertThat(status(jdbc, noQuota)).isEqualTo("NO_QUOTA");
        String bureau = fixtures.admin("BUREAU_ADMIN");
        String viewer = fixtures.admin("VIEWER");
        String liaison = fixtures.admin("LIAISON");

        Reply list = api.get("/api/admin/push/deliveries?scene=EVALUATION_RESULT&status=NO_QUOTA&size=100", viewer);
        Reply stats = api.get("/api/admin/push/stats?from=" + OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)
                .truncatedTo(ChronoUnit.SECONDS).toString().replace("+", "%2B"), viewer);
        Reply refused = api.get("/api/admin/push/deliveries", liaison);
        Reply viewerRetry = api.post("/api/admin/push/deliveries/" + noQuota + "/retry", null, viewer);
        Reply retried = api.post("/api/admin/push/deliveries/" + noQuota + "/retry", null, bureau);
        Reply missing = api.post("/api/admin/push/deliveries/999999999/retry", null, bureau);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        list.json().path("items").forEach(i -> listed.add(i.path("id").asString()));
        assertThat(listed).contains(String.valueOf(noQuota));
        assertThat(list.json().path("items").get(0).path("status").asString()).isEqualTo("NO_QUOTA");
        assertThat(stats.status()).as(stats.body()).isEqualTo(200);
        JsonNode evaluation = null;
        for (JsonNode item : stats.json().path("items")) {
            if (item.path("scene").asString().equals("EVALUATION_RESULT")) {
                evaluation = item;
            }
        }
        assertThat(evaluation).isNotNull();
        assertThat(evaluation.path("counts").path("NO_QUOTA").asInt()).isPositive();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(viewerRetry.status()).isEqualTo(403);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().path("status").asString()).isEqualTo("PENDING");
        // Woken at once, the worker finds no grant again.
        eventually("the retry sent", () -> "NO_QUOTA".equals(status(jdbc, noQuota)));
        assertThat(jdbc.queryForObject("SELECT attempts FROM push_delivery WHERE id = ?", Integer.class, noQuota))
                .isEqualTo(1);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("DELIVERY_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'push.retry' AND target_id = ?",
                Integer.class, String.valueOf(noQuota))).isEqualTo(1);
    }

    @Test
    void aDeliveryThatWasSentCannotBeRetried() {
        long userId = Long.parseLong(fixtures.userId(fixtures.member()));
        grant(jdbc, userId, "tpl-test-evaluation", 1);
        long sent = pending(jdbc, PushScene.EVALUATION_RESULT, Fixtures.unique("sent:"), userId, "tpl-test-evaluation");
        worker.drain();

        Reply reply = api.post("/api/admin/push/deliveries/" + sent + "/retry", null, fixtures.admin("BUREAU_ADMIN"));

        assertThat(status(jdbc, sent)).isEqualTo("SENT");
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("DELIVERY_NOT_RETRYABLE");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private void publish(PushRequested request) {
        transaction.executeWithoutResult(s -> events.publishEvent(request));
    }

    private String deliveryStatus(String ref, long userId) {
        return jdbc.queryForObject("SELECT status FROM push_delivery WHERE ref_id = ? AND user_id = ?", String.class,
                ref, userId);
    }

    private Reply report(String token, Map<?, ?>... results) {
        return api.post("/api/mp/push/subscriptions", Map.of("results", List.of(results)), token);
    }

    private static Map<String, String> result(String templateId, String result) {
        return Map.of("templateId", templateId, "result", result);
    }

    /**
     * The messages the simulator accepted for this person. A refused call is left out: the adapter repeats a call
     * whose access token the simulator does not know (one issued by another test context's simulator, kept in the
     * shared Redis) after refreshing it, and that is WxJava's retry, not a second send.
     */
    private List<JsonNode> sendsTo(String openid) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode record : api.get("/wx-sim/_records?api=subscribe_send", null).json()) {
            if (openid.equals(record.path("request").path("touser").asString(""))
                    && record.path("response").path("errcode").asInt(-1) == 0) {
                found.add(record);
            }
        }
        return found;
    }

    private Reply wechatPush(String body) {
        String signature = WeChatPushSignature.sign("test-push-token", "1700000009", "77");
        return api.send("POST", "/api/wechat/push?signature=" + signature + "&timestamp=1700000009&nonce=77", body,
                "application/json", null);
    }

    private static String at(int minutesFromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(minutesFromNow).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }
}
