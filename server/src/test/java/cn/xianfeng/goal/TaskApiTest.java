package cn.xianfeng.goal;

import static cn.xianfeng.goal.GoalSteps.expect;
import static cn.xianfeng.goal.GoalSteps.progress;
import static cn.xianfeng.goal.GoalSteps.task;
import static cn.xianfeng.goal.GoalSteps.tasksOf;
import static cn.xianfeng.goal.GoalSteps.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The progress table (任务进度表): tasks with owners, dates and weights, planned by the pioneer. */
@ApiTest
class TaskApiTest extends ApiTestBase {

    GoalSteps steps;
    String pioneer;
    String member;
    String memberId;
    String cobuildingId;
    String goalId;

    @BeforeEach
    void setUp() {
        steps = new GoalSteps(api, fixtures);
        pioneer = fixtures.member();
        cobuildingId = steps.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        memberId = fixtures.userId(member);
        goalId = steps.firstGoal(pioneer, cobuildingId, "PROBLEMS");
    }

    @Test
    void thePioneerAddsATaskOnceWithItsOwnersAndEveryMemberSeesIt() {
        Map<String, Object> body = task("焊接工艺攻关", today(), today().plusDays(30), 2, memberId, memberId);
        body.put("description", "联合实验室牵头");
        Reply created = api.post("/api/mp/goals/" + goalId + "/tasks", body, pioneer);
        expect(created, 201, null);
        JsonNode view = created.json();
        assertThat(view.path("goalId").asString()).isEqualTo(goalId);
        assertThat(view.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(view.path("category").asString()).isEqualTo("PROBLEMS");
        assertThat(view.path("goalTitle").asString()).isEqualTo("目标PROBLEMS");
        assertThat(view.path("stage").asInt()).isEqualTo(1);
        assertThat(view.path("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(view.path("percent").asInt()).isZero();
        assertThat(view.path("weight").asInt()).isEqualTo(2);
        assertThat(view.path("overdue").asBoolean()).isFalse();
        assertThat(view.path("latestProgress").isNull()).isTrue();
        assertThat(view.path("owners").size()).as("one owner, however often named").isEqualTo(1);
        assertThat(view.path("owners").get(0).path("userId").asString()).isEqualTo(memberId);
        assertThat(view.path("owners").get(0).path("displayName").asString()).isNotBlank();
        assertThat(view.path("editable").asBoolean()).isTrue();
        assertThat(view.path("canReport").asBoolean()).isTrue();

        Reply again = api.post("/api/mp/goals/" + goalId + "/tasks", body, pioneer);
        expect(again, 200, null);
        assertThat(again.json().path("id").asString()).isEqualTo(view.path("id").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal_task WHERE client_id = ?", Integer.class,
                body.get("clientId"))).isEqualTo(1);

        JsonNode seen = api.get("/api/mp/tasks/" + view.path("id").asString(), member).json();
        assertThat(seen.path("editable").asBoolean()).isFalse();
        assertThat(seen.path("canReport").asBoolean()).as("an owner reports").isTrue();
        JsonNode goal = api.get("/api/mp/goals/" + goalId, member).json();
        assertThat(goal.path("tasks").get(0).path("id").asString()).isEqualTo(view.path("id").asString());
        String plain = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        assertThat(api.get("/api/mp/tasks/" + view.path("id").asString(), plain).json().path("canReport").asBoolean())
                .as("a member who does not own it").isFalse();
        assertThat(view.path("description").asString()).isEqualTo("联合实验室牵头");
    }

    @Test
    void whatATaskMayBeIsCheckedFieldByField() {
        assertInvalid(task("", today(), today(), 1), "title");
        assertInvalid(task("任务", today(), today().minusDays(1), 1), "dueDate");
        assertInvalid(task("任务", today(), today(), 0), "weight");
        assertInvalid(task("任务", today(), today(), 101), "weight");
        String outsider = fixtures.userId(fixtures.member());
        assertInvalid(task("任务", today(), today(), 1, memberId, outsider), "ownerIds");
        Map<String, Object> noStart = task("任务", today(), today(), 1);
        noStart.remove("plannedStart");
        assertInvalid(noStart, "plannedStart");
        Map<String, Object> defaultWeight = task("任务", today(), today(), 1);
        defaultWeight.remove("weight");
        Reply created = api.post("/api/mp/goals/" + goalId + "/tasks", defaultWeight, pioneer);
        assertThat(created.json().path("weight").asInt()).isEqualTo(1);
    }

    @Test
    void onlyThePioneerPlansAndAnotherCobuildingsGoalIsNotFound() {
        expect(api.post("/api/mp/goals/" + goalId + "/tasks", task("任务", today(), today(), 1), member), 403,
                "FORBIDDEN");
        String otherPioneer = fixtures.member();
        String other = steps.cobuilding(otherPioneer, 0);
        expect(api.post("/api/mp/goals/" + goalId + "/tasks", task("任务", today(), today(), 1), otherPioneer), 404,
                "GOAL_NOT_FOUND");
        String taskId = steps.createTask(pioneer, goalId, memberId);
        expect(api.get("/api/mp/tasks/" + taskId, otherPioneer), 404, "TASK_NOT_FOUND");
        expect(steps.patch("/api/mp/tasks/" + taskId, "{\"weight\":5}", otherPioneer), 404, "TASK_NOT_FOUND");
        expect(steps.patch("/api/mp/tasks/" + taskId, "{\"weight\":5}", member), 403, "FORBIDDEN");
        expect(steps.delete("/api/mp/tasks/" + taskId, member), 403, "FORBIDDEN");
        expect(api.get(tasksOf(cobuildingId), otherPioneer), 404, "COBUILDING_NOT_FOUND");
        assertThat(api.get(tasksOf(other), otherPioneer).json().path("total").asInt()).isZero();
    }

    @Test
    void aChangeKeepsWhatItLeavesOutAndTheDateRuleIsCheckedOnTheResult() {
        Map<String, Object> body = task("撰写报告", today(), today().plusDays(10), 1, memberId);
        body.put("description", "初稿");
        String taskId = steps.createTask(pioneer, goalId, body);
        String path = "/api/mp/tasks/" + taskId;
        expect(steps.patch(path, "{\"plannedStart\":\"" + today().plusDays(11) + "\"}", pioneer), 422,
                "VALIDATION_FAILED");
        Reply moved = steps.patch(path, "{\"plannedStart\":\"" + today().plusDays(11) + "\",\"dueDate\":\""
                + today().plusDays(20) + "\",\"weight\":4,\"ownerIds\":[]}", pioneer);
        expect(moved, 200, null);
        assertThat(moved.json().path("weight").asInt()).isEqualTo(4);
        assertThat(moved.json().path("owners").size()).isZero();
        assertThat(moved.json().path("title").asString()).isEqualTo("撰写报告");
        assertThat(moved.json().path("description").asString()).isEqualTo("初稿");

        Reply cleared = steps.patch(path, "{\"description\":null,\"ownerIds\":[\"" + memberId + "\"]}", pioneer);
        expect(cleared, 200, null);
        assertThat(cleared.json().path("description").isNull()).isTrue();
        assertThat(cleared.json().path("owners").get(0).path("userId").asString()).isEqualTo(memberId);
        Reply badOwner = steps.patch(path, "{\"ownerIds\":[\"" + fixtures.userId(fixtures.member()) + "\"]}", pioneer);
        expect(badOwner, 422, "VALIDATION_FAILED");
        assertThat(badOwner.json().path("errors").has("ownerIds")).isTrue();
        expect(steps.patch(path, "{\"dueDate\":null}", pioneer), 422, "VALIDATION_FAILED");
        expect(steps.patch(path, "{\"weight\":0}", pioneer), 422, "VALIDATION_FAILED");

        Reply done = steps.patch(path, "{\"status\":\"DONE\"}", pioneer);
        assertThat(done.json().path("status").asString()).isEqualTo("DONE");
        assertThat(done.json().path("percent").asInt()).as("done is all of it").isEqualTo(100);
        assertThat(done.json().path("canReport").asBoolean()).isFalse();
        Reply reopened = steps.patch(path, "{\"status\":\"IN_PROGRESS\"}", pioneer);
        assertThat(reopened.json().path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.json().path("canReport").asBoolean()).isTrue();
    }

    @Test
    void aTaskWithProgressCannotBeDeleted() {
        String reported = steps.createTask(pioneer, goalId, memberId);
        String idle = steps.createTask(pioneer, goalId, memberId);
        steps.reported(member, reported, progress(30));
        expect(steps.delete("/api/mp/tasks/" + reported, pioneer), 409, "TASK_HAS_PROGRESS");
        expect(steps.delete("/api/mp/tasks/" + idle, pioneer), 204, null);
        expect(api.get("/api/mp/tasks/" + idle, pioneer), 404, "TASK_NOT_FOUND");
        assertThat(api.get("/api/mp/goals/" + goalId, pioneer).json().path("taskCount").asInt()).isEqualTo(1);
    }

    @Test
    void theTableListsOverdueTasksFirstThenByDueDateAndFiltersByOwnerStatusAndLateness() {
        String later = steps.createTask(pioneer, goalId, task("后到期", today(), today().plusDays(20), 1, memberId));
        String sooner = steps.createTask(pioneer, goalId, task("先到期", today(), today().plusDays(5), 1));
        String late = steps.createTask(pioneer, goalId,
                task("已逾期", today().minusDays(10), today().minusDays(1), 1, memberId));
        String lateButDone = steps.createTask(pioneer, goalId,
                task("逾期但完成", today().minusDays(10), today().minusDays(2), 1));
        steps.reported(pioneer, lateButDone, progress(100));
        String otherGoal = steps.firstGoal(pioneer, cobuildingId, "BASE");
        String base = steps.createTask(pioneer, otherGoal, task("阵地", today(), today().plusDays(1), 1));

        assertThat(ids(api.get(tasksOf(cobuildingId), member).json()))
                .containsExactly(late, lateButDone, base, sooner, later);
        JsonNode first = api.get(tasksOf(cobuildingId), member).json().path("items").get(0);
        assertThat(first.path("overdue").asBoolean()).isTrue();
        assertThat(first.path("category").asString()).isEqualTo("PROBLEMS");
        assertThat(api.get(tasksOf(cobuildingId), member).json().path("items").get(1).path("overdue").asBoolean())
                .as("done is never overdue").isFalse();
        assertThat(ids(api.get(tasksOf(cobuildingId) + "?mine=true", member).json())).containsExactly(late, later);
        assertThat(ids(api.get(tasksOf(cobuildingId) + "?overdue=true", member).json())).containsExactly(late);
        assertThat(ids(api.get(tasksOf(cobuildingId) + "?status=DONE", member).json())).containsExactly(lateButDone);
        assertThat(ids(api.get(tasksOf(cobuildingId) + "?status=NOT_STARTED&overdue=false", member).json()))
                .containsExactly(base, sooner, later);
        JsonNode page = api.get(tasksOf(cobuildingId) + "?page=2&size=2", member).json();
        assertThat(ids(page)).containsExactly(base, sooner);
        assertThat(page.path("total").asInt()).isEqualTo(5);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        expect(api.get(tasksOf(cobuildingId) + "?size=201", member), 422, null);
        assertThat(api.get(tasksOf(cobuildingId) + "?stage=2", member).json().path("total").asInt()).isZero();
        JsonNode goal = api.get("/api/mp/goals/" + goalId, member).json();
        assertThat(goal.path("overdueCount").asInt()).isEqualTo(1);
        assertThat(goal.path("tasks").get(0).path("id").asString()).isEqualTo(late);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(t -> ids.add(t.path("id").asString()));
        return ids;
    }

    private void assertInvalid(Map<String, Object> body, String field) {
        Reply reply = api.post("/api/mp/goals/" + goalId + "/tasks", body, pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.json().path("errors").has(field)).as(reply.body()).isTrue();
    }
}
