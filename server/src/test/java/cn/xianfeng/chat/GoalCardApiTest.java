package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.goal.TaskOverdue;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Goal cards in the group chat, made by chat from the goal feature's events after their commit: a PROGRESS card per
 * progress report with its photos as images, a SYSTEM card per overdue task and due date.
 */
@ApiTest
class GoalCardApiTest extends ApiTestBase {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    String pioneer;
    String owner;
    String ownerId;
    String cobuildingId;
    String conversationId;
    String goalId;

    @BeforeEach
    void setUp() throws InterruptedException {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        owner = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        ownerId = fixtures.userId(owner);
        for (JsonNode c : api.get("/api/mp/conversations", pioneer).json().path("items")) {
            if (cobuildingId.equals(c.path("cobuildingId").asString())) {
                conversationId = c.path("id").asString();
            }
        }
        Reply goal = api.post("/api/mp/cobuildings/" + cobuildingId + "/goals",
                Map.of("category", "ACHIEVEMENTS", "title", "转化三项成果"), pioneer);
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        goalId = goal.json().path("id").asString();
    }

    @Test
    void aProgressReportPostsOneProgressCardWithItsPhotos() throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Reply task = api.post("/api/mp/goals/" + goalId + "/tasks", Map.of("title", "专利许可谈判",
                "plannedStart", today.toString(), "dueDate", today.plusDays(30).toString(),
                "ownerIds", List.of(ownerId)), pioneer);
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        String taskId = task.json().path("id").asString();
        long photo = TestPhotos.uploaded(jdbc, Long.parseLong(ownerId), "PROGRESS", null);
        Map<String, Object> body = Map.of("percent", 60, "note", "签订意向书" + "。".repeat(250),
                "photoMediaIds", List.of(String.valueOf(photo)), "clientId", Fixtures.unique("progress-"));
        Reply reported = api.post("/api/mp/tasks/" + taskId + "/progress", body, owner);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        assertThat(api.post("/api/mp/tasks/" + taskId + "/progress", body, owner).status()).isEqualTo(200);
        String reportId = reported.json().path("id").asString();

        JsonNode card = awaitCard("PROGRESS", "progress", reportId);
        JsonNode payload = card.path("payload");
        assertThat(payload.path("reportId").asString()).isEqualTo(reportId);
        assertThat(payload.path("taskId").asString()).isEqualTo(taskId);
        assertThat(payload.path("goalId").asString()).isEqualTo(goalId);
        assertThat(payload.path("category").asString()).isEqualTo("ACHIEVEMENTS");
        assertThat(payload.path("title").asString()).isEqualTo("专利许可谈判");
        assertThat(payload.path("goalTitle").asString()).isEqualTo("转化三项成果");
        assertThat(payload.path("userId").asString()).isEqualTo(ownerId);
        assertThat(payload.path("percent").asInt()).isEqualTo(60);
        assertThat(payload.path("note").asString()).hasSize(200).startsWith("签订意向书");
        String name = payload.path("displayName").asString();
        assertThat(payload.path("text").asString()).isEqualTo(name + " 更新进展至 60%");
        assertThat(payload.path("reportedAt").asString()).isNotBlank();
        assertThat(payload.path("mediaIds").get(0).asString()).isEqualTo(String.valueOf(photo));
        assertThat(payload.path("images")).hasSize(1);
        assertThat(payload.path("images").get(0).path("id").asString()).isEqualTo(String.valueOf(photo));
        assertThat(cards("PROGRESS", reportId)).as("one card, though the phone retried").isEqualTo(1);
    }

    @Test
    void anOverdueTaskPostsOneSystemCardPerDueDate() throws InterruptedException {
        LocalDate due = LocalDate.of(2026, 12, 1);
        TaskOverdue overdue = new TaskOverdue(424242L, Long.parseLong(goalId), Long.parseLong(cobuildingId),
                "撰写中期报告", due, List.of(Long.parseLong(ownerId)));
        transaction.executeWithoutResult(status -> events.publishEvent(overdue));
        transaction.executeWithoutResult(status -> events.publishEvent(overdue));
        JsonNode card = awaitCard("SYSTEM", "task-overdue", "424242:2026-12-01");
        assertThat(card.path("payload").path("text").asString()).isEqualTo("任务「撰写中期报告」已逾期（截止 2026-12-01）");
        assertThat(card.path("payload").path("taskId").asString()).isEqualTo("424242");
        Thread.sleep(300);
        assertThat(cards("SYSTEM", "424242:2026-12-01")).isEqualTo(1);
    }

    /** The card once chat has posted it after the commit; found in the messages by the id its payload names. */
    private JsonNode awaitCard(String cardType, String refType, String refId) throws InterruptedException {
        String idField = "progress".equals(refType) ? "reportId" : "taskId";
        for (int i = 0; i < 200; i++) {
            if (cards(cardType, refId) > 0) {
                for (JsonNode m : api.get("/api/mp/conversations/" + conversationId + "/messages", pioneer).json()
                        .path("items")) {
                    if (cardType.equals(m.path("cardType").asString())
                            && refId.startsWith(m.path("payload").path(idField).asString() + (
                            "progress".equals(refType) ? "" : ":"))) {
                        return m;
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no " + cardType + " card within 10 s");
    }

    private int cards(String cardType, String refId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND card_type = ? "
                + "AND ref_id = ?", Integer.class, Long.parseLong(conversationId), cardType, refId);
    }
}
