package cn.xianfeng.goal;

import static cn.xianfeng.goal.GoalSteps.expect;
import static cn.xianfeng.goal.GoalSteps.goal;
import static cn.xianfeng.goal.GoalSteps.goalsOf;
import static cn.xianfeng.goal.GoalSteps.progress;
import static cn.xianfeng.goal.GoalSteps.task;
import static cn.xianfeng.goal.GoalSteps.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The goal list of the five ones: first goals from the application, the pioneer's plan, derived completion. */
@ApiTest
class GoalApiTest extends ApiTestBase {

    GoalSteps steps;
    String pioneer;
    String member;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        steps = new GoalSteps(api, fixtures);
        pioneer = fixtures.member();
        cobuildingId = steps.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
    }

    @Test
    void theApprovedApplicationsDraftGoalsAreTheFirstGoalListInCategoryOrder() {
        JsonNode list = api.get(goalsOf(cobuildingId), member).json();
        assertThat(list.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(list.path("stage").asInt()).isEqualTo(1);
        assertThat(list.path("currentStage").asInt()).isEqualTo(1);
        assertThat(list.path("stages").get(0).asInt()).isEqualTo(1);
        assertThat(list.path("editable").asBoolean()).as("only the pioneer plans").isFalse();
        List<String> categories = new ArrayList<>();
        list.path("categories").forEach(c -> {
            categories.add(c.path("category").asString());
            assertThat(c.path("completion").asInt()).isZero();
            assertThat(c.path("goalCount").asInt()).isEqualTo(1);
        });
        assertThat(categories).containsExactly("BASE", "PROBLEMS", "LEADERS", "TALENT", "ACHIEVEMENTS");
        List<String> goals = new ArrayList<>();
        list.path("goals").forEach(g -> goals.add(g.path("category").asString() + ":" + g.path("title").asString()));
        assertThat(goals).containsExactly("BASE:目标BASE", "PROBLEMS:目标PROBLEMS", "LEADERS:目标LEADERS",
                "TALENT:目标TALENT", "ACHIEVEMENTS:目标ACHIEVEMENTS");
        JsonNode first = list.path("goals").get(0);
        assertThat(first.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(first.path("description").asString()).isEqualTo("围绕BASE开展共建");
        assertThat(first.path("targetDate").asString()).isEqualTo(today().plusMonths(6).toString());
        assertThat(first.path("achievedAmount").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(first.path("targetAmount").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE cobuilding_id = ? "
                + "AND draft_goal_id IS NOT NULL", Integer.class, Long.parseLong(cobuildingId))).isEqualTo(5);
        assertThat(api.get(goalsOf(cobuildingId), pioneer).json().path("editable").asBoolean()).isTrue();
    }

    @Test
    void thePioneerAddsAGoalOnceHoweverOftenThePhoneRetries() {
        Map<String, Object> body = goal("PROBLEMS", "攻关高温合金焊接工艺");
        body.put("targetText", "解决 3 项难题");
        body.put("targetAmount", 3);
        body.put("targetUnit", "项");
        body.put("targetDate", today().plusMonths(3).toString());
        Reply created = api.post(goalsOf(cobuildingId), body, pioneer);
        expect(created, 201, null);
        JsonNode view = created.json();
        assertThat(view.path("stage").asInt()).isEqualTo(1);
        assertThat(view.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(view.path("targetAmount").decimalValue()).isEqualByComparingTo("3");
        assertThat(view.path("tasks").size()).isZero();
        assertThat(view.path("editable").asBoolean()).isTrue();

        Reply again = api.post(goalsOf(cobuildingId), body, pioneer);
        expect(again, 200, null);
        assertThat(again.json().path("id").asString()).isEqualTo(view.path("id").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE client_id = ?", Integer.class,
                body.get("clientId"))).isEqualTo(1);
        JsonNode problems = api.get(goalsOf(cobuildingId), member).json().path("categories").get(1);
        assertThat(problems.path("goalCount").asInt()).isEqualTo(2);
        assertThat(api.get("/api/mp/goals/" + view.path("id").asString(), member).json().path("editable").asBoolean())
                .isFalse();
    }

    @Test
    void onlyThePioneerPlansAndPeopleOutsideSeeNothing() {
        expect(api.post(goalsOf(cobuildingId), goal("BASE", "党建阵地"), member), 403, "FORBIDDEN");
        String outsider = fixtures.member();
        expect(api.get(goalsOf(cobuildingId), outsider), 404, "COBUILDING_NOT_FOUND");
        expect(api.post(goalsOf(cobuildingId), goal("BASE", "党建阵地"), outsider), 404, "COBUILDING_NOT_FOUND");
        String goalId = steps.firstGoal(pioneer, cobuildingId, "BASE");
        expect(api.get("/api/mp/goals/" + goalId, outsider), 404, "GOAL_NOT_FOUND");
        expect(steps.patch("/api/mp/goals/" + goalId, "{\"title\":\"x\"}", outsider), 404, "GOAL_NOT_FOUND");
        expect(steps.patch("/api/mp/goals/" + goalId, "{\"title\":\"x\"}", member), 403, "FORBIDDEN");
        expect(steps.delete("/api/mp/goals/" + goalId, member), 403, "FORBIDDEN");
        expect(api.get("/api/mp/goals/999999999", member), 404, "GOAL_NOT_FOUND");
    }

    @Test
    void whatAGoalMayBeIsCheckedFieldByField() {
        assertInvalid(goal("BASE", ""), "title");
        assertInvalid(goal("BASE", "标".repeat(101)), "title");
        Map<String, Object> noCategory = goal("BASE", "阵地");
        noCategory.remove("category");
        assertInvalid(noCategory, "category");
        Map<String, Object> negative = goal("BASE", "阵地");
        negative.put("targetAmount", -1);
        assertInvalid(negative, "targetAmount");
        Map<String, Object> huge = goal("BASE", "阵地");
        huge.put("targetAmount", 1_000_000_001);
        assertInvalid(huge, "targetAmount");
        Map<String, Object> unit = goal("BASE", "阵地");
        unit.put("targetUnit", "单".repeat(17));
        assertInvalid(unit, "targetUnit");
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndNullClearsWhatMayBeEmpty() {
        String goalId = steps.firstGoal(pioneer, cobuildingId, "TALENT");
        String path = "/api/mp/goals/" + goalId;
        Reply changed = steps.patch(path, "{\"targetText\":\"引进 1 名\",\"targetAmount\":1,\"targetUnit\":\"名\"}",
                pioneer);
        expect(changed, 200, null);
        assertThat(changed.json().path("title").asString()).isEqualTo("目标TALENT");
        assertThat(changed.json().path("description").asString()).isEqualTo("围绕TALENT开展共建");
        assertThat(changed.json().path("targetUnit").asString()).isEqualTo("名");

        Reply cleared = steps.patch(path, "{\"description\":null,\"targetDate\":null,\"title\":\"引进一名院士\"}", pioneer);
        expect(cleared, 200, null);
        assertThat(cleared.json().path("description").isNull()).isTrue();
        assertThat(cleared.json().path("targetDate").isNull()).isTrue();
        assertThat(cleared.json().path("title").asString()).isEqualTo("引进一名院士");
        assertThat(cleared.json().path("targetText").asString()).as("left out, kept").isEqualTo("引进 1 名");

        expect(steps.patch(path, "{\"title\":null}", pioneer), 422, "VALIDATION_FAILED");
        expect(steps.patch(path, "{\"status\":null}", pioneer), 422, "VALIDATION_FAILED");
        Reply dropped = steps.patch(path, "{\"status\":\"DROPPED\"}", pioneer);
        expect(dropped, 200, null);
        assertThat(dropped.json().path("status").asString()).isEqualTo("DROPPED");
        JsonNode talent = api.get(goalsOf(cobuildingId), member).json().path("categories").get(3);
        assertThat(talent.path("category").asString()).isEqualTo("TALENT");
        assertThat(talent.path("goalCount").asInt()).as("a dropped goal does not count").isZero();
    }

    @Test
    void completionIsTheWeightedMeanOfTheTasksAndACategoryTheMeanOfItsGoals() {
        String pioneerId = fixtures.userId(pioneer);
        String goalId = steps.firstGoal(pioneer, cobuildingId, "ACHIEVEMENTS");
        String light = steps.createTask(pioneer, goalId, task("转化一项专利", today(), today().plusDays(30), 1));
        String heavy = steps.createTask(pioneer, goalId, task("建中试线", today(), today().plusDays(60), 3));
        Map<String, Object> done = progress(100);
        done.put("achievedAmount", 12.5);
        steps.reported(pioneer, light, done);
        Map<String, Object> half = progress(50);
        half.put("achievedAmount", 7.25);
        steps.reported(pioneer, heavy, half);

        // (1 × 100 + 3 × 50) / 4 = 62.5 → 63
        JsonNode view = api.get("/api/mp/goals/" + goalId, member).json();
        assertThat(view.path("completion").asInt()).isEqualTo(63);
        assertThat(view.path("taskCount").asInt()).isEqualTo(2);
        assertThat(view.path("doneCount").asInt()).isEqualTo(1);
        assertThat(view.path("achievedAmount").decimalValue()).isEqualByComparingTo("19.75");

        // A second goal of the category without tasks: (63 + 0) / 2 = 31.5 → 32; a dropped third one is left out.
        String second = steps.createGoal(pioneer, cobuildingId, goal("ACHIEVEMENTS", "成果转化二"));
        String third = steps.createGoal(pioneer, cobuildingId, goal("ACHIEVEMENTS", "成果转化三"));
        String thirdTask = steps.createTask(pioneer, third, pioneerId);
        steps.reported(pioneer, thirdTask, progress(100));
        expect(steps.patch("/api/mp/goals/" + third, "{\"status\":\"DROPPED\"}", pioneer), 200, null);
        JsonNode list = api.get(goalsOf(cobuildingId), member).json();
        JsonNode achievements = list.path("categories").get(4);
        assertThat(achievements.path("category").asString()).isEqualTo("ACHIEVEMENTS");
        assertThat(achievements.path("completion").asInt()).isEqualTo(32);
        assertThat(achievements.path("goalCount").asInt()).isEqualTo(2);
        assertThat(list.path("categories").get(0).path("completion").asInt()).isZero();
        JsonNode secondSummary = null;
        for (JsonNode g : list.path("goals")) {
            if (g.path("id").asString().equals(second)) {
                secondSummary = g;
            }
        }
        assertThat(secondSummary.path("completion").asInt()).isZero();
        assertThat(secondSummary.path("taskCount").asInt()).isZero();
    }

    @Test
    void aGoalWithProgressIsDroppedNotDeletedAndOneWithoutGoesWithItsTasks() {
        String goalId = steps.firstGoal(pioneer, cobuildingId, "LEADERS");
        String taskId = steps.createTask(pioneer, goalId);
        String empty = steps.createGoal(pioneer, cobuildingId, goal("LEADERS", "培养两名带头人"));
        String emptyTask = steps.createTask(pioneer, empty, fixtures.userId(member));
        steps.reported(pioneer, taskId, progress(10));

        expect(steps.delete("/api/mp/goals/" + goalId, pioneer), 409, "GOAL_HAS_PROGRESS");
        expect(steps.delete("/api/mp/goals/" + empty, pioneer), 204, null);
        expect(api.get("/api/mp/goals/" + empty, pioneer), 404, "GOAL_NOT_FOUND");
        expect(api.get("/api/mp/tasks/" + emptyTask, pioneer), 404, "TASK_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal_task_owner WHERE task_id = ?", Integer.class,
                Long.parseLong(emptyTask))).isZero();
    }

    @Test
    void aWithdrawnCobuildingKeepsItsGoalsReadableButTakesNoMoreChanges() {
        String goalId = steps.firstGoal(pioneer, cobuildingId, "BASE");
        jdbc.update("UPDATE cobuilding SET status = 'WITHDRAWN' WHERE id = ?", Long.parseLong(cobuildingId));
        expect(api.post(goalsOf(cobuildingId), goal("BASE", "新阵地"), pioneer), 409, "COBUILDING_CLOSED");
        expect(steps.patch("/api/mp/goals/" + goalId, "{\"title\":\"改名\"}", pioneer), 409, "COBUILDING_CLOSED");
        expect(steps.delete("/api/mp/goals/" + goalId, pioneer), 409, "COBUILDING_CLOSED");
        expect(api.post("/api/mp/goals/" + goalId + "/tasks", task("任务", today(), today(), 1), pioneer), 409,
                "COBUILDING_CLOSED");
        Reply list = api.get(goalsOf(cobuildingId), pioneer);
        expect(list, 200, null);
        assertThat(list.json().path("editable").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/goals/" + goalId, pioneer).json().path("editable").asBoolean()).isFalse();
    }

    @Test
    void theBureauReadsByRoleAndALiaisonOnlyItsOwnCobuildings() {
        String goalId = steps.firstGoal(pioneer, cobuildingId, "BASE");
        String taskId = steps.createTask(pioneer, goalId);
        steps.reported(pioneer, taskId, progress(20));
        String viewer = fixtures.admin("VIEWER");
        String base = "/api/admin/cobuildings/" + cobuildingId;
        JsonNode list = api.get(base + "/goals", viewer).json();
        assertThat(list.path("goals").size()).isEqualTo(5);
        assertThat(list.path("editable").asBoolean()).isFalse();
        JsonNode goal = api.get("/api/admin/goals/" + goalId, viewer).json();
        assertThat(goal.path("completion").asInt()).isEqualTo(20);
        assertThat(goal.path("tasks").get(0).path("canReport").asBoolean()).isFalse();
        assertThat(api.get(base + "/tasks", viewer).json().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/admin/tasks/" + taskId, viewer).json().path("editable").asBoolean()).isFalse();
        assertThat(api.get("/api/admin/tasks/" + taskId + "/progress", viewer).json().path("total").asInt())
                .isEqualTo(1);
        expect(api.get(base + "/goals", fixtures.admin("EVALUATOR")), 200, null);

        String liaison = fixtures.admin("LIAISON");
        expect(api.get(base + "/goals", liaison), 404, "COBUILDING_NOT_FOUND");
        expect(api.get("/api/admin/goals/" + goalId, liaison), 404, "GOAL_NOT_FOUND");
        expect(api.get("/api/admin/tasks/" + taskId, liaison), 404, "TASK_NOT_FOUND");
        expect(api.get("/api/admin/tasks/" + taskId + "/progress", liaison), 404, "TASK_NOT_FOUND");
        expect(api.put(base + "/bureau-liaison", Map.of("adminId", fixtures.adminId(liaison)),
                fixtures.admin("BUREAU_ADMIN")), 200, null);
        expect(api.get(base + "/goals", liaison), 200, null);
        expect(api.get("/api/admin/goals/" + goalId, liaison), 200, null);
        expect(api.get(base + "/tasks", liaison), 200, null);

        String roleless = fixtures.admin("VIEWER");
        jdbc.update("DELETE FROM admin_account_role WHERE admin_id = ?", Long.parseLong(fixtures.adminId(roleless)));
        expect(api.get(base + "/goals", roleless), 403, "FORBIDDEN");
        expect(api.get("/api/admin/goals/" + goalId, roleless), 403, "FORBIDDEN");
        expect(api.get(base + "/goals", null), 401, null);
    }

    @Test
    void aPastStageIsReadByItsNumberAndNewGoalsGoIntoTheCurrentOne() {
        long id = Long.parseLong(cobuildingId);
        jdbc.update("INSERT INTO goal (cobuilding_id, category, stage, title, status, created_by) "
                + "VALUES (?, 'BASE', 2, '第二阶段阵地', 'ACTIVE', 1)", id);
        JsonNode current = api.get(goalsOf(cobuildingId), member).json();
        assertThat(current.path("stage").asInt()).isEqualTo(2);
        assertThat(current.path("currentStage").asInt()).isEqualTo(2);
        assertThat(current.path("stages").toString()).isEqualTo("[1,2]");
        assertThat(current.path("goals").size()).isEqualTo(1);
        assertThat(api.get(goalsOf(cobuildingId) + "?stage=1", member).json().path("goals").size()).isEqualTo(5);
        Reply created = api.post(goalsOf(cobuildingId), goal("PROBLEMS", "新难题"), pioneer);
        assertThat(created.json().path("stage").asInt()).isEqualTo(2);
        expect(api.get(goalsOf(cobuildingId) + "?stage=0", member), 422, null);
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        Reply reply = api.post(goalsOf(cobuildingId), body, pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.json().path("errors").has(field)).as(reply.body()).isTrue();
    }
}
