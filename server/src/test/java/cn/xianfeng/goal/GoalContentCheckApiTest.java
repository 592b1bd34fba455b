package cn.xianfeng.goal;

import static cn.xianfeng.goal.GoalSteps.expect;
import static cn.xianfeng.goal.GoalSteps.progress;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What members write for the public board and the group chat passes WeChat's text check before it is stored (the
 * simulator judges texts with a configured risky word risky): a risky text is 422 CONTENT_RISKY, a WeChat that gives
 * no verdict 503, and in both cases nothing is kept, so the same clientId goes through once the text or WeChat is fine.
 */
@ApiTest
class GoalContentCheckApiTest extends ApiTestBase {

    static final String RISKY = "risky-word";

    GoalSteps steps;
    String pioneer;
    String owner;
    String cobuildingId;
    String goalId;
    String taskId;

    @BeforeEach
    void setUp() {
        steps = new GoalSteps(api, fixtures);
        pioneer = fixtures.member();
        cobuildingId = steps.cobuilding(pioneer, 0);
        String lead = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        owner = fixtures.joined(pioneer, cobuildingId, "MEMBER", lead);
        goalId = steps.firstGoal(pioneer, cobuildingId, "BASE");
        taskId = steps.createTask(pioneer, goalId, fixtures.userId(owner));
    }

    @AfterEach
    void weChatBack() {
        api.send("DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null);
    }

    @Test
    void aRiskyProgressNoteIsRefusedAndNothingIsKept() {
        Map<String, Object> body = progress(30);
        body.put("note", "本周进展 " + RISKY);

        expect(steps.report(owner, taskId, body), 422, "CONTENT_RISKY");

        assertThat(reportsOf(taskId)).isZero();
        assertThat(api.get("/api/mp/tasks/" + taskId, owner).json().path("percent").asInt()).isZero();
        body.put("note", "本周完成了场地布置");
        assertThat(steps.report(owner, taskId, body).status()).isEqualTo(201);
    }

    @Test
    void aRiskyWordAcrossTheCutOfALongSummaryIsStillFound() {
        // WeChat takes 2,500 characters at a time: the word starts three characters before the first cut.
        Map<String, Object> summary = Map.of("stage", 1, "text", "总".repeat(GoalTexts.CHUNK - 3) + RISKY + "结",
                "clientId", Fixtures.unique("summary-"), "nextGoals", List.of(Map.of("category", "PROBLEMS",
                        "title", "攻关难题")));

        expect(api.post("/api/mp/cobuildings/" + cobuildingId + "/stage-summaries", summary, pioneer), 422,
                "CONTENT_RISKY");
    }

    @Test
    void whileWeChatGivesNoVerdictAReportIsNotStoredAndTheSameClientIdGoesThroughAfterwards() {
        Map<String, Object> body = progress(50);
        assertThat(api.send("PUT", "/wx-sim/_outages/msg_sec_check", null, null, null).status()).isEqualTo(204);

        Reply refused = steps.report(owner, taskId, body);
        expect(refused, 503, "WX_UNAVAILABLE");
        assertThat(reportsOf(taskId)).isZero();

        api.send("DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null);
        assertThat(steps.report(owner, taskId, body).status()).isEqualTo(201);
        assertThat(steps.report(owner, taskId, body).status()).isEqualTo(200);
        assertThat(reportsOf(taskId)).isEqualTo(1);
    }

    @Test
    void goalAndTaskWordingIsChecked() {
        expect(api.post(GoalSteps.goalsOf(cobuildingId), GoalSteps.goal("TALENT", "引进 " + RISKY), pioneer), 422,
                "CONTENT_RISKY");
        expect(steps.patch("/api/mp/goals/" + goalId, "{\"description\": \"" + RISKY + "\"}", pioneer), 422,
                "CONTENT_RISKY");
        Map<String, Object> task = GoalSteps.task("布置 " + RISKY, GoalSteps.today(), GoalSteps.today().plusDays(7), 1);
        expect(api.post("/api/mp/goals/" + goalId + "/tasks", task, pioneer), 422, "CONTENT_RISKY");
        expect(steps.patch("/api/mp/tasks/" + taskId, "{\"title\": \"" + RISKY + "\"}", pioneer), 422,
                "CONTENT_RISKY");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE cobuilding_id = ? AND title LIKE ?",
                Integer.class, Long.parseLong(cobuildingId), "%" + RISKY + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal_task WHERE goal_id = ? AND title LIKE ?",
                Integer.class, Long.parseLong(goalId), "%" + RISKY + "%")).isZero();
        assertThat(api.get("/api/mp/goals/" + goalId, pioneer).json().path("description").asString(""))
                .doesNotContain(RISKY);
    }

    @Test
    void aChecklistNoteAndAStageSummaryAreChecked() {
        String item = api.get("/api/mp/cobuildings/" + cobuildingId + "/checklist", pioneer).json().path("items")
                .get(0).path("itemId").asString();
        long photo = TestPhotos.uploaded(jdbc, Long.parseLong(fixtures.userId(pioneer)), "PROGRESS", null);
        expect(api.put("/api/mp/cobuildings/" + cobuildingId + "/checklist/" + item,
                Map.of("note", RISKY, "photoMediaIds", List.of(String.valueOf(photo))), pioneer), 422, "CONTENT_RISKY");

        Map<String, Object> summary = Map.of("stage", 1, "text", "第一阶段完成", "clientId", Fixtures.unique("summary-"),
                "nextGoals", List.of(Map.of("category", "PROBLEMS", "title", "攻关 " + RISKY)));
        expect(api.post("/api/mp/cobuildings/" + cobuildingId + "/stage-summaries", summary, pioneer), 422,
                "CONTENT_RISKY");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_tick WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingId))).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_summary WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingId))).isZero();
    }

    private int reportsOf(String taskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE task_id = ?", Integer.class,
                Long.parseLong(taskId));
    }
}
