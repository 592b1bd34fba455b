package cn.xianfeng.goal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Everyone against every endpoint of the five ones, as tables of caller → answer: the pioneer plans goals and tasks,
 * owners, unit liaisons and the pioneer report progress, the pioneer and unit liaisons tick the 八有 checklist, members
 * read; the bureau reads everything, confirms checklist ticks and keeps the item list and the highlights; a LIAISON
 * reads and reviews only the co-buildings assigned to them. Strangers get 404 (they must not learn what exists),
 * members 403 for what they see but may not do, and a token of the other side or none at all 401.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoalAuthorizationApiTest extends ApiTestBase {

    static final String PIONEER_A = "pioneer of A";
    static final String LIAISON_A = "unit liaison of A";
    static final String OWNER_A = "task owner of A";
    static final String MEMBER_A = "member of A";
    static final String PIONEER_B = "pioneer of B";
    static final String SUPER = "SUPER_ADMIN";
    static final String BUREAU = "BUREAU_ADMIN";
    static final String EVALUATOR = "EVALUATOR";
    static final String VIEWER = "VIEWER";
    static final String LIAISON_OF_A = "LIAISON of A";
    static final String OTHER_LIAISON = "LIAISON of none";
    static final String NOBODY = "no token";

    static final List<String> MEMBERS = List.of(PIONEER_A, LIAISON_A, OWNER_A, MEMBER_A, PIONEER_B);
    static final List<String> ADMINS = List.of(SUPER, BUREAU, EVALUATOR, VIEWER, LIAISON_OF_A, OTHER_LIAISON);

    static final String FORBIDDEN = "FORBIDDEN";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    GoalSteps steps;
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, Long> userIds = new HashMap<>();

    String cobuildingA;
    String goalA;
    String taskA;
    String reportA;
    String summaryA;
    Map<String, Object> summaryBodyA;
    String cobuildingB;
    String goalB;
    String taskB;
    String reportB;
    List<String> items;

    @BeforeAll
    void setUp() {
        connect();
        steps = new GoalSteps(api, fixtures);
        String pioneerA = fixtures.member();
        cobuildingA = steps.cobuilding(pioneerA, 1);
        tokens.put(PIONEER_A, pioneerA);
        tokens.put(LIAISON_A, fixtures.joined(pioneerA, cobuildingA, "UNIT_LIAISON",
                fixtures.unitOf(pioneerA, cobuildingA, "PARTNER")));
        String leadA = fixtures.unitOf(pioneerA, cobuildingA, "LEAD");
        tokens.put(OWNER_A, fixtures.joined(pioneerA, cobuildingA, "MEMBER", leadA));
        tokens.put(MEMBER_A, fixtures.joined(pioneerA, cobuildingA, "MEMBER", leadA));
        String pioneerB = fixtures.member();
        cobuildingB = steps.cobuilding(pioneerB, 0);
        tokens.put(PIONEER_B, pioneerB);

        tokens.put(SUPER, fixtures.superAdmin());
        for (String role : List.of(BUREAU, EVALUATOR, VIEWER)) {
            tokens.put(role, fixtures.admin(role));
        }
        tokens.put(LIAISON_OF_A, fixtures.admin("LIAISON"));
        tokens.put(OTHER_LIAISON, fixtures.admin("LIAISON"));
        tokens.put(NOBODY, null);
        Reply assigned = api.put("/api/admin/cobuildings/" + cobuildingA + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(token(LIAISON_OF_A))), token(BUREAU));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        goalA = steps.firstGoal(pioneerA, cobuildingA, "PROBLEMS");
        taskA = steps.createTask(pioneerA, goalA, userId(OWNER_A));
        reportA = steps.reported(token(OWNER_A), taskA, withPhoto(GoalSteps.progress(10), OWNER_A)).path("id")
                .asString();
        goalB = steps.firstGoal(pioneerB, cobuildingB, "PROBLEMS");
        taskB = steps.createTask(pioneerB, goalB);
        reportB = steps.reported(pioneerB, taskB, GoalSteps.progress(10)).path("id").asString();
        for (String report : List.of(reportA, reportB)) {
            Reply marked = api.put("/api/admin/progress-reports/" + report + "/highlight", Map.of(), token(BUREAU));
            assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        }

        summaryBodyA = StageSummaryApiTest.summary(1);
        Reply summarized = api.post(summariesOf(cobuildingA), summaryBodyA, pioneerA);
        assertThat(summarized.status()).as(summarized.body()).isEqualTo(201);
        summaryA = summarized.json().path("id").asString();

        items = new ArrayList<>();
        api.get(checklistOf(cobuildingA), pioneerA).json().path("items")
                .forEach(i -> items.add(i.path("itemId").asString()));
        assertThat(items).hasSizeGreaterThanOrEqualTo(4);
    }

    // --- members: reading ---------------------------------------------------------------------------------------

    @Test
    void membersReadEverythingOfTheirCobuildingAndStrangersLearnNothingOfIt() {
        String a = "/api/mp/cobuildings/" + cobuildingA;
        membersRead(call("GET goals", t -> api.get(a + "/goals", t)), "COBUILDING_NOT_FOUND").onMpSide();
        membersRead(call("GET goals of stage 1", t -> api.get(a + "/goals?stage=1", t)), "COBUILDING_NOT_FOUND")
                .onMpSide();
        membersRead(call("GET goal", t -> api.get("/api/mp/goals/" + goalA, t)), "GOAL_NOT_FOUND").onMpSide();
        membersRead(call("GET tasks", t -> api.get(a + "/tasks", t)), "COBUILDING_NOT_FOUND").onMpSide();
        membersRead(call("GET my overdue tasks", t -> api.get(a + "/tasks?mine=true&overdue=true", t)),
                "COBUILDING_NOT_FOUND").onMpSide();
        membersRead(call("GET task", t -> api.get("/api/mp/tasks/" + taskA, t)), "TASK_NOT_FOUND").onMpSide();
        membersRead(call("GET task progress", t -> api.get("/api/mp/tasks/" + taskA + "/progress", t)),
                "TASK_NOT_FOUND").onMpSide();
        membersRead(call("GET progress", t -> api.get("/api/mp/progress/" + reportA, t)), "PROGRESS_NOT_FOUND")
                .onMpSide();
        membersRead(call("GET checklist", t -> api.get(a + "/checklist", t)), "COBUILDING_NOT_FOUND").onMpSide();
        membersRead(call("GET stage summaries", t -> api.get(a + "/stage-summaries", t)), "COBUILDING_NOT_FOUND")
                .onMpSide();
        membersRead(call("GET board wxacode", t -> api.get(a + "/board/wxacode", t)), "COBUILDING_NOT_FOUND")
                .onMpSide();
    }

    @Test
    void theMineFilterShowsAnOwnerTheirTaskAndTheViewsSayWhoMayDoWhat() {
        // taskA is of stage 1; the set-up's stage summary made stage 2 the current one.
        String mineOfStage1 = GoalSteps.tasksOf(cobuildingA) + "?stage=1&mine=true";
        JsonNode mine = api.get(mineOfStage1, token(OWNER_A)).json();
        assertThat(mine.path("items").findValuesAsString("id")).contains(taskA);
        assertThat(api.get(mineOfStage1, token(MEMBER_A)).json()
                .path("items").findValuesAsString("id")).doesNotContain(taskA);

        assertThat(api.get("/api/mp/goals/" + goalA, token(PIONEER_A)).json().path("editable").asBoolean()).isTrue();
        for (String reader : List.of(LIAISON_A, OWNER_A, MEMBER_A)) {
            assertThat(api.get("/api/mp/goals/" + goalA, token(reader)).json().path("editable").asBoolean())
                    .as(reader).isFalse();
            assertThat(api.get("/api/mp/tasks/" + taskA, token(reader)).json().path("editable").asBoolean())
                    .as(reader).isFalse();
        }
        for (String reporter : List.of(PIONEER_A, LIAISON_A, OWNER_A)) {
            assertThat(api.get("/api/mp/tasks/" + taskA, token(reporter)).json().path("canReport").asBoolean())
                    .as(reporter).isTrue();
        }
        assertThat(api.get("/api/mp/tasks/" + taskA, token(MEMBER_A)).json().path("canReport").asBoolean()).isFalse();
        assertThat(api.get("/api/admin/goals/" + goalA, token(SUPER)).json().path("editable").asBoolean()).isFalse();
    }

    // --- members: planning --------------------------------------------------------------------------------------

    @Test
    void onlyThePioneerCreatesChangesAndDeletesGoals() {
        String title = Fixtures.unique("授权目标");
        pioneerOnly(call("POST goal", t -> api.post(GoalSteps.goalsOf(cobuildingA), GoalSteps.goal("LEADERS", title),
                t)), 201, "COBUILDING_NOT_FOUND").onMpSide();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE title = ?", Integer.class, title))
                .isEqualTo(1);

        pioneerOnly(call("PATCH goal", t -> steps.patch("/api/mp/goals/" + goalA,
                "{\"description\":\"由先锋修改\"}", t)), 200, "GOAL_NOT_FOUND").onMpSide();

        String doomed = steps.createGoal(token(PIONEER_A), cobuildingA, GoalSteps.goal("TALENT", "待删除的目标"));
        pioneerOnly(call("DELETE goal", t -> steps.delete("/api/mp/goals/" + doomed, t)), 204, "GOAL_NOT_FOUND")
                .onMpSide();
        GoalSteps.expect(api.get("/api/mp/goals/" + doomed, token(PIONEER_A)), 404, "GOAL_NOT_FOUND");
    }

    @Test
    void onlyThePioneerCreatesChangesAndDeletesTasks() {
        String title = Fixtures.unique("授权任务");
        pioneerOnly(call("POST task", t -> api.post("/api/mp/goals/" + goalA + "/tasks",
                GoalSteps.task(title, GoalSteps.today(), GoalSteps.today().plusDays(30), 1, userId(OWNER_A)), t)),
                201, "GOAL_NOT_FOUND").onMpSide();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal_task WHERE title = ?", Integer.class, title))
                .isEqualTo(1);

        // Owning a task is not planning it: the owner may report on it, not change it.
        pioneerOnly(call("PATCH task", t -> steps.patch("/api/mp/tasks/" + taskA, "{\"description\":\"由先锋修改\"}",
                t)), 200, "TASK_NOT_FOUND").onMpSide();

        String doomed = steps.createTask(token(PIONEER_A), goalA, userId(OWNER_A));
        pioneerOnly(call("DELETE task", t -> steps.delete("/api/mp/tasks/" + doomed, t)), 204, "TASK_NOT_FOUND")
                .onMpSide();
        GoalSteps.expect(api.get("/api/mp/tasks/" + doomed, token(PIONEER_A)), 404, "TASK_NOT_FOUND");
    }

    @Test
    void aPioneerCannotPlanInAnotherCobuildingThroughIds() {
        GoalSteps.expect(api.post("/api/mp/goals/" + goalA + "/tasks", GoalSteps.task("越界任务", GoalSteps.today(),
                GoalSteps.today().plusDays(3), 1), token(PIONEER_B)), 404, "GOAL_NOT_FOUND");
        GoalSteps.expect(api.post("/api/mp/goals/" + goalB + "/tasks", GoalSteps.task("越界任务", GoalSteps.today(),
                GoalSteps.today().plusDays(3), 1), token(PIONEER_A)), 404, "GOAL_NOT_FOUND");
        // Someone of A is no owner a pioneer of B may name.
        GoalSteps.expect(api.post("/api/mp/goals/" + goalB + "/tasks", GoalSteps.task("越界任务", GoalSteps.today(),
                GoalSteps.today().plusDays(3), 1, userId(OWNER_A)), token(PIONEER_B)), 422, "VALIDATION_FAILED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal_task WHERE title = '越界任务'", Integer.class))
                .isZero();
    }

    // --- members: progress --------------------------------------------------------------------------------------

    @Test
    void ownersUnitLiaisonsAndThePioneerReportProgressAndNobodyElse() {
        String owned = steps.createTask(token(PIONEER_A), goalA, userId(OWNER_A));
        call("POST progress on an owned task", t -> steps.report(t, owned, withPhoto(GoalSteps.progress(20), t)))
                .ok(201, PIONEER_A, LIAISON_A, OWNER_A)
                .no(403, FORBIDDEN, MEMBER_A)
                .no(404, "TASK_NOT_FOUND", PIONEER_B)
                .onMpSide();
        assertThat(api.get("/api/mp/tasks/" + owned + "/progress", token(MEMBER_A)).json().path("total").asInt())
                .isEqualTo(3);

        // The owner of one task is a plain member for every other.
        String unowned = steps.createTask(token(PIONEER_A), goalA);
        call("POST progress on someone else's task", t -> steps.report(t, unowned, GoalSteps.progress(20)))
                .ok(201, PIONEER_A, LIAISON_A)
                .no(403, FORBIDDEN, OWNER_A, MEMBER_A)
                .no(404, "TASK_NOT_FOUND", PIONEER_B)
                .onMpSide();

        Map<String, Object> back = new HashMap<>(GoalSteps.progress(5));
        back.put("correction", true);
        call("POST a correction", t -> steps.report(t, owned, withClientId(back)))
                .ok(201, PIONEER_A)
                .no(403, FORBIDDEN, LIAISON_A, OWNER_A, MEMBER_A)
                .no(404, "TASK_NOT_FOUND", PIONEER_B)
                .onMpSide();
        assertThat(api.get("/api/mp/tasks/" + owned, token(MEMBER_A)).json().path("percent").asInt()).isEqualTo(5);
    }

    @Test
    void aReporterAttachesOnlyTheirOwnPhotos() {
        String owned = steps.createTask(token(PIONEER_A), goalA, userId(OWNER_A));
        Map<String, Object> body = new HashMap<>(GoalSteps.progress(30));
        body.put("photoMediaIds", List.of(photo(PIONEER_A)));
        Reply reply = steps.report(token(OWNER_A), owned, body);
        GoalSteps.expect(reply, 422, "VALIDATION_FAILED");
        assertThat(reply.json().path("errors").has("photoMediaIds")).isTrue();
    }

    // --- members: checklist and stage summaries -----------------------------------------------------------------

    @Test
    void thePioneerAndUnitLiaisonsTickAndWithdrawChecklistItems() {
        String tick = checklistOf(cobuildingA) + "/" + items.get(0);
        call("PUT checklist tick", t -> api.put(tick, tickBody(t), t))
                .ok(200, PIONEER_A, LIAISON_A)
                .no(403, FORBIDDEN, OWNER_A, MEMBER_A)
                .no(404, "COBUILDING_NOT_FOUND", PIONEER_B)
                .onMpSide();

        String withdrawn = checklistOf(cobuildingA) + "/" + items.get(1);
        assertThat(api.put(withdrawn, tickBody(token(PIONEER_A)), token(PIONEER_A)).status()).isEqualTo(200);
        call("DELETE checklist tick", t -> steps.delete(withdrawn, t))
                .ok(204, PIONEER_A, LIAISON_A)
                .no(403, FORBIDDEN, OWNER_A, MEMBER_A)
                .no(404, "COBUILDING_NOT_FOUND", PIONEER_B)
                .onMpSide();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_tick WHERE cobuilding_id = ? AND item_id = ?",
                Integer.class, Long.parseLong(cobuildingA), Long.parseLong(items.get(1)))).isZero();
    }

    @Test
    void onlyThePioneerSummarizesAStage() {
        // The summary of stage 1 was made in the set-up; sent again it is the same one, for the pioneer only.
        call("POST stage summary", t -> api.post(summariesOf(cobuildingA), summaryBodyA, t))
                .ok(200, PIONEER_A)
                .no(403, FORBIDDEN, LIAISON_A, OWNER_A, MEMBER_A)
                .no(404, "COBUILDING_NOT_FOUND", PIONEER_B)
                .onMpSide();
        GoalSteps.expect(api.post(summariesOf(cobuildingA), StageSummaryApiTest.summary(1), token(PIONEER_A)), 409,
                "STAGE_ALREADY_SUMMARIZED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_summary WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingA))).isEqualTo(1);
    }

    // --- members who leave, co-buildings that close -------------------------------------------------------------

    @Test
    void aMemberWhoLeftIsAStrangerAgainEvenToTheTaskTheyOwnedAndTheReportTheyMade() {
        String pioneer = token(PIONEER_A);
        String leaving = fixtures.joined(pioneer, cobuildingA, "MEMBER", fixtures.unitOf(pioneer, cobuildingA, "LEAD"));
        String leavingId = fixtures.userId(leaving);
        String task = steps.createTask(pioneer, goalA, leavingId);
        String report = steps.reported(leaving, task, GoalSteps.progress(10)).path("id").asString();
        assertThat(api.send("DELETE", "/api/mp/cobuildings/" + cobuildingA + "/members/" + leavingId, null, null,
                pioneer).status()).isEqualTo(204);

        String a = "/api/mp/cobuildings/" + cobuildingA;
        GoalSteps.expect(api.get(a + "/goals", leaving), 404, "COBUILDING_NOT_FOUND");
        GoalSteps.expect(api.get(a + "/tasks", leaving), 404, "COBUILDING_NOT_FOUND");
        GoalSteps.expect(api.get(a + "/checklist", leaving), 404, "COBUILDING_NOT_FOUND");
        GoalSteps.expect(api.get(a + "/stage-summaries", leaving), 404, "COBUILDING_NOT_FOUND");
        GoalSteps.expect(api.get(a + "/board/wxacode", leaving), 404, "COBUILDING_NOT_FOUND");
        GoalSteps.expect(api.get("/api/mp/goals/" + goalA, leaving), 404, "GOAL_NOT_FOUND");
        GoalSteps.expect(api.get("/api/mp/tasks/" + task, leaving), 404, "TASK_NOT_FOUND");
        GoalSteps.expect(api.get("/api/mp/tasks/" + task + "/progress", leaving), 404, "TASK_NOT_FOUND");
        GoalSteps.expect(api.get("/api/mp/progress/" + report, leaving), 404, "PROGRESS_NOT_FOUND");
        GoalSteps.expect(steps.report(leaving, task, GoalSteps.progress(50)), 404, "TASK_NOT_FOUND");
        assertThat(api.get("/api/mp/tasks/" + task, token(MEMBER_A)).json().path("percent").asInt()).isEqualTo(10);
    }

    @Test
    void onceWithdrawnNobodyWritesButEveryoneStillReads() {
        String pioneer = fixtures.member();
        String cobuilding = steps.cobuilding(pioneer, 1);
        String liaison = fixtures.joined(pioneer, cobuilding, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuilding, "PARTNER"));
        String owner = fixtures.joined(pioneer, cobuilding, "MEMBER", fixtures.unitOf(pioneer, cobuilding, "LEAD"));
        String goal = steps.firstGoal(pioneer, cobuilding, "BASE");
        String task = steps.createTask(pioneer, goal, fixtures.userId(owner));
        String tick = checklistOf(cobuilding) + "/" + items.get(0);
        assertThat(api.put(tick, tickBody(liaison), liaison).status()).isEqualTo(200);
        assertThat(api.post("/api/admin/cobuildings/" + cobuilding + "/withdraw", Map.of("reason", "退出共建"),
                token(BUREAU)).status()).isEqualTo(200);

        String closed = "COBUILDING_CLOSED";
        GoalSteps.expect(api.post(GoalSteps.goalsOf(cobuilding), GoalSteps.goal("TALENT", "关闭后的目标"), pioneer), 409,
                closed);
        GoalSteps.expect(steps.patch("/api/mp/goals/" + goal, "{\"title\":\"改名\"}", pioneer), 409, closed);
        GoalSteps.expect(steps.delete("/api/mp/goals/" + goal, pioneer), 409, closed);
        GoalSteps.expect(api.post("/api/mp/goals/" + goal + "/tasks", GoalSteps.task("关闭后的任务", GoalSteps.today(),
                GoalSteps.today().plusDays(3), 1), pioneer), 409, closed);
        GoalSteps.expect(steps.patch("/api/mp/tasks/" + task, "{\"weight\":5}", pioneer), 409, closed);
        GoalSteps.expect(steps.delete("/api/mp/tasks/" + task, pioneer), 409, closed);
        for (String reporter : List.of(pioneer, liaison, owner)) {
            GoalSteps.expect(steps.report(reporter, task, GoalSteps.progress(30)), 409, closed);
        }
        GoalSteps.expect(api.put(tick, tickBody(pioneer), pioneer), 409, closed);
        GoalSteps.expect(steps.delete(tick, liaison), 409, closed);
        GoalSteps.expect(api.post(summariesOf(cobuilding), StageSummaryApiTest.summary(1), pioneer), 409, closed);
        // Someone who may not write at all hears that first, closed or not.
        GoalSteps.expect(api.put(tick, tickBody(owner), owner), 403, FORBIDDEN);
        GoalSteps.expect(api.get(GoalSteps.goalsOf(cobuilding), token(PIONEER_B)), 404, "COBUILDING_NOT_FOUND");

        for (String reader : List.of(pioneer, liaison, owner)) {
            GoalSteps.expect(api.get(GoalSteps.goalsOf(cobuilding), reader), 200, null);
            GoalSteps.expect(api.get("/api/mp/tasks/" + task, reader), 200, null);
            GoalSteps.expect(api.get(checklistOf(cobuilding), reader), 200, null);
            GoalSteps.expect(api.get(summariesOf(cobuilding), reader), 200, null);
        }
        JsonNode seen = api.get(GoalSteps.goalsOf(cobuilding), pioneer).json();
        assertThat(seen.path("editable").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/tasks/" + task, owner).json().path("canReport").asBoolean()).isFalse();
        GoalSteps.expect(api.get("/api/admin/cobuildings/" + cobuilding + "/goals", token(VIEWER)), 200, null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE task_id = ?", Integer.class,
                Long.parseLong(task))).isZero();
    }

    // --- admins: reading ----------------------------------------------------------------------------------------

    @Test
    void everyReaderRoleReadsGoalsAndALiaisonOnlyThoseOfItsCobuildings() {
        adminReads(cobuildingA, goalA, taskA, true);
        adminReads(cobuildingB, goalB, taskB, false);
    }

    private void adminReads(String cobuilding, String goal, String task, boolean ofLiaisonA) {
        String a = "/api/admin/cobuildings/" + cobuilding;
        String where = ofLiaisonA ? " of A" : " of B";
        readers(call("admin GET goals" + where, t -> api.get(a + "/goals", t)), ofLiaisonA,
                "COBUILDING_NOT_FOUND").onAdminSide();
        readers(call("admin GET goals of stage 1" + where, t -> api.get(a + "/goals?stage=1", t)), ofLiaisonA,
                "COBUILDING_NOT_FOUND").onAdminSide();
        readers(call("admin GET goal" + where, t -> api.get("/api/admin/goals/" + goal, t)), ofLiaisonA,
                "GOAL_NOT_FOUND").onAdminSide();
        readers(call("admin GET tasks" + where, t -> api.get(a + "/tasks?overdue=false", t)), ofLiaisonA,
                "COBUILDING_NOT_FOUND").onAdminSide();
        readers(call("admin GET task" + where, t -> api.get("/api/admin/tasks/" + task, t)), ofLiaisonA,
                "TASK_NOT_FOUND").onAdminSide();
        readers(call("admin GET task progress" + where, t -> api.get("/api/admin/tasks/" + task + "/progress", t)),
                ofLiaisonA, "TASK_NOT_FOUND").onAdminSide();
        readers(call("admin GET checklist" + where, t -> api.get(a + "/checklist", t)), ofLiaisonA,
                "COBUILDING_NOT_FOUND").onAdminSide();
        readers(call("admin GET stage summaries" + where, t -> api.get(a + "/stage-summaries", t)), ofLiaisonA,
                "COBUILDING_NOT_FOUND").onAdminSide();
        // The board code is found through cobuild's admin visibility, which answers its generic 404 code.
        readers(call("admin GET board wxacode" + where, t -> api.get(a + "/board/wxacode", t)), ofLiaisonA,
                "NOT_FOUND").onAdminSide();
    }

    @Test
    void everyReaderRoleListsHighlightsAndALiaisonOnlyThoseOfItsCobuildings() {
        call("admin GET highlights", t -> api.get("/api/admin/highlights?size=100", t))
                .ok(200, ADMINS.toArray(String[]::new))
                .onAdminSide();

        for (String reader : List.of(SUPER, BUREAU, EVALUATOR, VIEWER)) {
            assertThat(highlightSources("?kind=PROGRESS&cobuildingId=" + cobuildingA, reader)).as(reader)
                    .containsExactly(reportA);
            assertThat(highlightSources("?kind=PROGRESS&cobuildingId=" + cobuildingB, reader)).as(reader)
                    .containsExactly(reportB);
        }
        JsonNode own = api.get("/api/admin/highlights?size=100", token(LIAISON_OF_A)).json();
        assertThat(own.path("items").findValuesAsString("cobuildingId")).isNotEmpty().containsOnly(cobuildingA);
        assertThat(highlightSources("?cobuildingId=" + cobuildingB, LIAISON_OF_A)).isEmpty();
        assertThat(highlightSources("", OTHER_LIAISON)).isEmpty();
    }

    // --- admins: writing ----------------------------------------------------------------------------------------

    @Test
    void theBureauAndTheAssignedLiaisonReviewChecklistTicks() {
        String itemA = items.get(2);
        assertThat(api.put(checklistOf(cobuildingA) + "/" + itemA, tickBody(token(LIAISON_A)), token(LIAISON_A))
                .status()).isEqualTo(200);
        call("admin POST review of A", t -> api.post("/api/admin/cobuildings/" + cobuildingA + "/checklist/" + itemA
                        + "/review", Map.of("decision", "REJECT", "comment", "照片不清晰"), t))
                .ok(200, SUPER, BUREAU, LIAISON_OF_A)
                .no(403, FORBIDDEN, EVALUATOR, VIEWER)
                .no(404, "COBUILDING_NOT_FOUND", OTHER_LIAISON)
                .onAdminSide();

        String itemB = items.get(3);
        assertThat(api.put(checklistOf(cobuildingB) + "/" + itemB, tickBody(token(PIONEER_B)), token(PIONEER_B))
                .status()).isEqualTo(200);
        call("admin POST review of B", t -> api.post("/api/admin/cobuildings/" + cobuildingB + "/checklist/" + itemB
                        + "/review", Map.of("decision", "CONFIRM"), t))
                .no(403, FORBIDDEN, EVALUATOR, VIEWER)
                .no(404, "COBUILDING_NOT_FOUND", LIAISON_OF_A, OTHER_LIAISON)
                .ok(200, SUPER, BUREAU)
                .onAdminSide();
        Long tickA = jdbc.queryForObject("SELECT id FROM checklist_tick WHERE cobuilding_id = ? AND item_id = ?",
                Long.class, Long.parseLong(cobuildingA), Long.parseLong(itemA));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'checklist.reject' AND "
                + "target_type = 'checklist_tick' AND target_id = ?", Integer.class, String.valueOf(tickA)))
                .isEqualTo(3);
    }

    @Test
    void onlyTheBureauKeepsTheChecklistItemList() {
        call("admin GET checklist items", t -> api.get("/api/admin/checklist-items?includeRetired=true", t))
                .ok(200, ADMINS.toArray(String[]::new))
                .onAdminSide();

        String name = Fixtures.unique("有");
        List<String> created = new ArrayList<>();
        bureauOnly(call("admin POST checklist item", t -> {
            Reply reply = api.post("/api/admin/checklist-items", Map.of("name", name, "description", "授权测试"), t);
            if (reply.status() == 201) {
                created.add(reply.json().path("id").asString());
            }
            return reply;
        }), 201).onAdminSide();
        assertThat(created).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_item WHERE name = ?", Integer.class, name))
                .isEqualTo(2);

        String item = created.get(0);
        bureauOnly(call("admin PATCH checklist item", t -> steps.patch("/api/admin/checklist-items/" + item,
                "{\"description\":\"改过的说明\"}", t)), 200).onAdminSide();
        // Retiring twice is the same as once; the items made here leave every checklist again.
        for (String id : created) {
            bureauOnly(call("admin DELETE checklist item", t -> steps.delete("/api/admin/checklist-items/" + id, t)),
                    204).onAdminSide();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_item WHERE name = ? AND retired", Integer.class,
                name)).isEqualTo(2);
    }

    @Test
    void onlyTheBureauMarksAndUnmarksHighlights() {
        String task = steps.createTask(token(PIONEER_A), goalA, userId(OWNER_A));
        String report = steps.reported(token(OWNER_A), task, GoalSteps.progress(40)).path("id").asString();
        String progress = "/api/admin/progress-reports/" + report + "/highlight";
        bureauOnly(call("admin PUT progress highlight", t -> api.put(progress, Map.of("comment", "好做法"), t)), 200)
                .onAdminSide();
        bureauOnly(call("admin DELETE progress highlight", t -> steps.delete(progress, t)), 204).onAdminSide();

        String summary = "/api/admin/stage-summaries/" + summaryA + "/highlight";
        bureauOnly(call("admin PUT summary highlight", t -> api.put(summary, Map.of(), t)), 200).onAdminSide();
        bureauOnly(call("admin DELETE summary highlight", t -> steps.delete(summary, t)), 204).onAdminSide();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM highlight WHERE (kind = 'PROGRESS' AND source_id = ?) "
                + "OR (kind = 'STAGE_SUMMARY' AND source_id = ?)", Integer.class, Long.parseLong(report),
                Long.parseLong(summaryA))).isZero();

        GoalSteps.expect(api.put("/api/admin/progress-reports/999999999/highlight", Map.of(), token(BUREAU)), 404,
                "PROGRESS_NOT_FOUND");
        GoalSteps.expect(api.put("/api/admin/stage-summaries/999999999/highlight", Map.of(), token(BUREAU)), 404,
                "STAGE_SUMMARY_NOT_FOUND");
    }

    // --- tables -------------------------------------------------------------------------------------------------

    /** Who may call, and what everybody else hears. */
    private final class Table {

        private final String what;
        private final Function<String, Reply> request;
        private final Map<String, Integer> statuses = new LinkedHashMap<>();
        private final Map<String, String> codes = new HashMap<>();

        Table(String what, Function<String, Reply> request) {
            this.what = what;
            this.request = request;
        }

        Table ok(int status, String... who) {
            for (String w : who) {
                statuses.put(w, status);
            }
            return this;
        }

        Table no(int status, String code, String... who) {
            for (String w : who) {
                statuses.put(w, status);
                codes.put(w, code);
            }
            return this;
        }

        /** A mini-program path: an admin token or none is 401; every member must have a row. */
        void onMpSide() {
            otherSide(ADMINS);
        }

        /** An admin path: a member token or none is 401; every admin role must have a row. */
        void onAdminSide() {
            otherSide(MEMBERS);
        }

        private void otherSide(List<String> others) {
            for (String other : others) {
                statuses.putIfAbsent(other, 401);
                codes.putIfAbsent(other, UNAUTHENTICATED);
            }
            statuses.putIfAbsent(NOBODY, 401);
            codes.putIfAbsent(NOBODY, UNAUTHENTICATED);
            assertThat(statuses.keySet()).as("callers of %s", what).containsExactlyInAnyOrderElementsOf(
                    tokens.keySet());
            List<String> failures = new ArrayList<>();
            // Refusals first: a refused call must change nothing the allowed ones (which may destroy) then meet.
            List<Map.Entry<String, Integer>> rows = new ArrayList<>(statuses.entrySet());
            rows.sort((x, y) -> Boolean.compare(x.getValue() < 400, y.getValue() < 400));
            for (Map.Entry<String, Integer> row : rows) {
                String who = row.getKey();
                Reply reply = request.apply(token(who));
                String code = codes.get(who);
                boolean right = reply.status() == row.getValue()
                        && (code == null || reply.isProblem() && code.equals(reply.code()));
                if (!right) {
                    failures.add(String.format("%s: expected %d %s, got %d %s", who, row.getValue(),
                            code == null ? "" : code, reply.status(), abbreviated(reply.body())));
                }
            }
            assertThat(failures).as(what).isEmpty();
        }
    }

    private Table call(String what, Function<String, Reply> request) {
        return new Table(what, request);
    }

    /** Every active member of A reads; the pioneer of B is a stranger to A. */
    private static Table membersRead(Table table, String notFound) {
        return table.ok(200, PIONEER_A, LIAISON_A, OWNER_A, MEMBER_A).no(404, notFound, PIONEER_B);
    }

    /** Only A's pioneer; A's other members see it but may not do it; B's pioneer does not see it. */
    private static Table pioneerOnly(Table table, int status, String notFound) {
        return table.ok(status, PIONEER_A).no(403, FORBIDDEN, LIAISON_A, OWNER_A, MEMBER_A)
                .no(404, notFound, PIONEER_B);
    }

    /** READ_GOALS: every reader role, a LIAISON only for the co-building assigned to them. */
    private static Table readers(Table table, boolean ofLiaisonA, String notFound) {
        table.ok(200, SUPER, BUREAU, EVALUATOR, VIEWER).no(404, notFound, OTHER_LIAISON);
        return ofLiaisonA ? table.ok(200, LIAISON_OF_A) : table.no(404, notFound, LIAISON_OF_A);
    }

    /** A bureau-wide permission no LIAISON holds. */
    private static Table bureauOnly(Table table, int status) {
        return table.ok(status, SUPER, BUREAU).no(403, FORBIDDEN, EVALUATOR, VIEWER, LIAISON_OF_A, OTHER_LIAISON);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private String token(String who) {
        return tokens.get(who);
    }

    private String userId(String who) {
        return String.valueOf(userIdOf(token(who)));
    }

    /** The member behind the token; an admin token or none stands for the pioneer of A (refused before it matters). */
    private long userIdOf(String token) {
        Long known = token == null ? null : userIds.get(token);
        if (known != null) {
            return known;
        }
        Reply me = api.get("/api/mp/me", token);
        if (me.status() != 200) {
            return userIdOf(token(PIONEER_A));
        }
        long id = Long.parseLong(me.json().path("id").asString());
        userIds.put(token, id);
        return id;
    }

    /** A PROGRESS upload of the caller (by name or by token). */
    private String photo(String whoOrToken) {
        String token = tokens.containsKey(whoOrToken) ? token(whoOrToken) : whoOrToken;
        return String.valueOf(TestPhotos.uploaded(jdbc, userIdOf(token), "PROGRESS", null));
    }

    private Map<String, Object> withPhoto(Map<String, Object> body, String whoOrToken) {
        Map<String, Object> withPhoto = new HashMap<>(body);
        withPhoto.put("photoMediaIds", List.of(photo(whoOrToken)));
        withPhoto.put("clientId", Fixtures.unique("progress-"));
        return withPhoto;
    }

    private static Map<String, Object> withClientId(Map<String, Object> body) {
        Map<String, Object> again = new HashMap<>(body);
        again.put("clientId", Fixtures.unique("progress-"));
        return again;
    }

    private Map<String, Object> tickBody(String token) {
        return Map.of("note", "现场照片", "photoMediaIds", List.of(photo(token)));
    }

    private List<String> highlightSources(String query, String who) {
        Reply reply = api.get("/api/admin/highlights" + query + (query.isEmpty() ? "?" : "&") + "size=100",
                token(who));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("items").findValuesAsString("sourceId");
    }

    private static String checklistOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/checklist";
    }

    private static String summariesOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/stage-summaries";
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }
}
