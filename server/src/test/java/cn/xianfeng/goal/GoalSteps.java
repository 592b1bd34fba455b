package cn.xianfeng.goal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Goals, tasks and reports made through the API, for the goal tests. */
final class GoalSteps {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final ApiClient api;
    private final Fixtures fixtures;

    GoalSteps(ApiClient api, Fixtures fixtures) {
        this.api = api;
        this.fixtures = fixtures;
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A new co-building of the pioneer, once its application's five draft goals have become its goals. */
    String cobuilding(String pioneer, int partners) {
        String cobuildingId = fixtures.cobuilding(pioneer, partners);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (api.get(goalsOf(cobuildingId), pioneer).json().path("goals").size() == 5) {
                return cobuildingId;
            }
            sleep();
        }
        throw new AssertionError("the draft goals did not become goals within 10 s");
    }

    static String goalsOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/goals";
    }

    static String tasksOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/tasks";
    }

    static Map<String, Object> goal(String category, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("title", title);
        body.put("clientId", Fixtures.unique("goal-"));
        return body;
    }

    String createGoal(String token, String cobuildingId, Map<String, Object> body) {
        Reply created = api.post(goalsOf(cobuildingId), body, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    static Map<String, Object> task(String title, LocalDate start, LocalDate due, int weight, String... ownerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("plannedStart", start.toString());
        body.put("dueDate", due.toString());
        body.put("weight", weight);
        body.put("ownerIds", List.of(ownerIds));
        body.put("clientId", Fixtures.unique("task-"));
        return body;
    }

    String createTask(String token, String goalId, Map<String, Object> body) {
        Reply created = api.post("/api/mp/goals/" + goalId + "/tasks", body, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** A task of the goal due in a month, weight 1, owned by these people. */
    String createTask(String token, String goalId, String... ownerIds) {
        return createTask(token, goalId, task("任务" + Fixtures.unique(""), today(), today().plusMonths(1), 1,
                ownerIds));
    }

    static Map<String, Object> progress(int percent) {
        Map<String, Object> body = new HashMap<>();
        body.put("percent", percent);
        body.put("note", "完成了" + percent + "%");
        body.put("clientId", Fixtures.unique("progress-"));
        return body;
    }

    Reply report(String token, String taskId, Map<String, Object> body) {
        return api.post("/api/mp/tasks/" + taskId + "/progress", body, token);
    }

    JsonNode reported(String token, String taskId, Map<String, Object> body) {
        Reply reply = report(token, taskId, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    Reply patch(String path, String json, String token) {
        return api.send("PATCH", path, json, "application/json", token);
    }

    Reply delete(String path, String token) {
        return api.send("DELETE", path, null, null, token);
    }

    /** The goal of the category among the first goals (those made from the application's drafts). */
    String firstGoal(String token, String cobuildingId, String category) {
        for (JsonNode g : api.get(goalsOf(cobuildingId), token).json().path("goals")) {
            if (category.equals(g.path("category").asString())) {
                return g.path("id").asString();
            }
        }
        throw new AssertionError("no " + category + " goal");
    }

    static void expect(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (code != null) {
            assertThat(reply.code()).as(reply.body()).isEqualTo(code);
        }
    }

    static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
