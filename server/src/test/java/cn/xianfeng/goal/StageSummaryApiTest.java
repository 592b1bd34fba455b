package cn.xianfeng.goal;

import static cn.xianfeng.goal.ChecklistApiTest.assertInvalid;
import static cn.xianfeng.goal.ChecklistApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Stage summaries through the API: the pioneer closes a stage once and so opens the next with its goals. */
@ApiTest
class StageSummaryApiTest extends ApiTestBase {

    String pioneer;
    String liaison;
    String member;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        liaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuildingId, "PARTNER"));
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
    }

    @Test
    void thePioneerSummarisesTheStageAndItsNextGoalsMakeTheNextStageCurrent() throws InterruptedException {
        JsonNode before = api.get(summariesOf(cobuildingId), pioneer).json();
        assertThat(before.path("currentStage").asInt()).isEqualTo(1);
        assertThat(before.path("editable").asBoolean()).isTrue();
        assertThat(before.path("items")).isEmpty();
        assertThat(api.get(summariesOf(cobuildingId), member).json().path("editable").asBoolean()).isFalse();

        String photo = photo(pioneer);
        Map<String, Object> body = summary(1, photo);
        Reply created = api.post(summariesOf(cobuildingId), body, pioneer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.path("stage").asInt()).isEqualTo(1);
        assertThat(view.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(view.path("text").asString()).isEqualTo("第一阶段完成了党建阵地建设");
        assertThat(view.path("photos")).hasSize(1);
        assertThat(view.path("photos").get(0).path("id").asString()).isEqualTo(photo);
        assertThat(view.path("submittedBy").path("userId").asString()).isEqualTo(fixtures.userId(pioneer));
        assertThat(view.path("highlighted").asBoolean()).isFalse();
        assertThat(view.path("nextGoals")).hasSize(2);
        assertThat(view.path("nextGoals").findValuesAsString("title")).containsExactly("建成院士工作站", "孵化两家企业");
        view.path("nextGoals").forEach(g -> {
            assertThat(g.path("stage").asInt()).isEqualTo(2);
            assertThat(g.path("status").asString()).isEqualTo("ACTIVE");
            assertThat(g.path("completion").asInt()).isZero();
        });

        JsonNode after = api.get(summariesOf(cobuildingId), member).json();
        assertThat(after.path("currentStage").asInt()).isEqualTo(2);
        assertThat(after.path("items")).hasSize(1);
        assertThat(after.path("items").get(0).path("id").asString()).isEqualTo(view.path("id").asString());
        JsonNode goals = api.get("/api/mp/cobuildings/" + cobuildingId + "/goals", member).json();
        assertThat(goals.path("currentStage").asInt()).isEqualTo(2);
        assertThat(goals.path("stage").asInt()).isEqualTo(2);
        assertThat(goals.path("goals")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE cobuilding_id = ? AND stage = 2",
                Integer.class, Long.parseLong(cobuildingId))).isEqualTo(2);
        String sql = "SELECT used_by_id FROM media_use WHERE media_id = ? AND used_by = 'stage-summary'";
        for (int i = 0; i < 100 && jdbc.queryForList(sql, String.class, Long.parseLong(photo)).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(jdbc.queryForList(sql, String.class, Long.parseLong(photo)))
                .containsExactly(view.path("id").asString());
    }

    @Test
    void theSameClientIdAgainAnswersTheSameSummaryAndWritesNothingTwice() {
        Map<String, Object> body = summary(1);
        Reply first = api.post(summariesOf(cobuildingId), body, pioneer);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Reply again = api.post(summariesOf(cobuildingId), body, pioneer);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(again.json().path("nextGoals")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_summary WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE cobuilding_id = ? AND stage = 2",
                Integer.class, Long.parseLong(cobuildingId))).isEqualTo(2);
    }

    @Test
    void onlyTheCurrentStageIsSummarisedAndOnlyOnce() {
        assertProblem(api.post(summariesOf(cobuildingId), summary(2), pioneer), 409, "STAGE_MISMATCH");
        assertThat(api.post(summariesOf(cobuildingId), summary(1), pioneer).status()).isEqualTo(201);
        assertProblem(api.post(summariesOf(cobuildingId), summary(1), pioneer), 409, "STAGE_ALREADY_SUMMARIZED");
        assertProblem(api.post(summariesOf(cobuildingId), summary(3), pioneer), 409, "STAGE_MISMATCH");
        assertThat(api.post(summariesOf(cobuildingId), summary(2), pioneer).status()).isEqualTo(201);
        JsonNode list = api.get(summariesOf(cobuildingId), member).json();
        assertThat(list.path("currentStage").asInt()).isEqualTo(3);
        List<Integer> stages = new ArrayList<>();
        list.path("items").forEach(item -> stages.add(item.path("stage").asInt()));
        assertThat(stages).containsExactly(2, 1);
    }

    @Test
    void twoSummariesOfTheStageAtOnceLeaveOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                Map<String, Object> body = summary(1);
                Callable<Reply> post = () -> {
                    start.await();
                    return api.post(summariesOf(cobuildingId), body, pioneer);
                };
                replies.add(pool.submit(post));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_summary WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE cobuilding_id = ? AND stage = 2",
                Integer.class, Long.parseLong(cobuildingId))).isEqualTo(2);
    }

    @Test
    void onlyThePioneerSummarisesAndOutsidersDoNotSeeTheSummaries() {
        assertProblem(api.post(summariesOf(cobuildingId), summary(1), liaison), 403, "FORBIDDEN");
        assertProblem(api.post(summariesOf(cobuildingId), summary(1), member), 403, "FORBIDDEN");
        String outsider = fixtures.member();
        fixtures.cobuilding(outsider, 0);
        assertProblem(api.post(summariesOf(cobuildingId), summary(1), outsider), 404, "COBUILDING_NOT_FOUND");
        assertProblem(api.get(summariesOf(cobuildingId), outsider), 404, "COBUILDING_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stage_summary WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingId))).isZero();
    }

    @Test
    void whatASummaryMayBeIsChecked() {
        assertInvalid(api.post(summariesOf(cobuildingId), with(summary(1), "nextGoals", List.of()), pioneer),
                "nextGoals");
        assertInvalid(api.post(summariesOf(cobuildingId), with(summary(1), "text", " "), pioneer), "text");
        assertInvalid(api.post(summariesOf(cobuildingId), with(summary(1), "text", "字".repeat(4001)), pioneer),
                "text");
        assertInvalid(api.post(summariesOf(cobuildingId), with(summary(1), "clientId", null), pioneer), "clientId");
        assertInvalid(api.post(summariesOf(cobuildingId), with(summary(1), "nextGoals",
                List.of(Map.of("title", "无类别"))), pioneer), "nextGoals[0].category");
        assertInvalid(api.post(summariesOf(cobuildingId), summary(1, photo(member)), pioneer), "photoMediaIds");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM goal WHERE cobuilding_id = ? AND stage = 2",
                Integer.class, Long.parseLong(cobuildingId))).isZero();
    }

    @Test
    void aClosedCobuildingTakesNoSummaryAndTheBureauReadsByRole() {
        String bureau = fixtures.admin("BUREAU_ADMIN");
        assertThat(api.post(summariesOf(cobuildingId), summary(1), pioneer).status()).isEqualTo(201);
        assertThat(api.get(adminSummariesOf(cobuildingId), fixtures.admin("VIEWER")).json().path("items"))
                .hasSize(1);
        assertThat(api.get(adminSummariesOf(cobuildingId), bureau).json().path("editable").asBoolean()).isFalse();
        assertProblem(api.get(adminSummariesOf(cobuildingId), fixtures.admin("LIAISON")), 404,
                "COBUILDING_NOT_FOUND");

        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "退出"), bureau)
                .status()).isEqualTo(200);
        assertProblem(api.post(summariesOf(cobuildingId), summary(2), pioneer), 409, "COBUILDING_CLOSED");
        JsonNode seen = api.get(summariesOf(cobuildingId), pioneer).json();
        assertThat(seen.path("editable").asBoolean()).isFalse();
        assertThat(seen.path("items")).hasSize(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    String photo(String token) {
        return String.valueOf(TestPhotos.uploaded(jdbc, Long.parseLong(fixtures.userId(token)), "PROGRESS", null));
    }

    static Map<String, Object> summary(int stage, String... photoIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("stage", stage);
        body.put("text", "第一阶段完成了党建阵地建设");
        body.put("photoMediaIds", List.of(photoIds));
        body.put("nextGoals", List.of(
                Map.of("category", "PROBLEMS", "title", "建成院士工作站", "targetText", "1 个"),
                Map.of("category", "ACHIEVEMENTS", "title", "孵化两家企业", "targetAmount", 2, "targetUnit", "家")));
        body.put("clientId", Fixtures.unique("summary-"));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }

    static String summariesOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/stage-summaries";
    }

    static String adminSummariesOf(String cobuildingId) {
        return "/api/admin/cobuildings/" + cobuildingId + "/stage-summaries";
    }
}
