package cn.xianfeng.evaluation;

import static cn.xianfeng.evaluation.EvaluationSteps.ROUNDS;
import static cn.xianfeng.evaluation.EvaluationSteps.criterion;
import static cn.xianfeng.evaluation.EvaluationSteps.round;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Creating rounds (one per year and term, retries by clientId), their default criteria and the edits the bureau makes
 * before opening them, the snapshot's reach, and who may read and write rounds.
 */
@ApiTest
class EvaluationRoundApiTest extends ApiTestBase {

    EvaluationSteps steps;
    String bureau;

    @BeforeEach
    void setUp() {
        steps = new EvaluationSteps(api);
        bureau = fixtures.admin("BUREAU_ADMIN");
    }

    @Test
    void aRoundStartsAsADraftWithTheConfiguredCriteriaAndEveryOpenCobuilding() {
        String open = fixtures.cobuilding(fixtures.member(), 0);
        String withdrawn = fixtures.cobuilding(fixtures.member(), 0);
        assertThat(api.post("/api/admin/cobuildings/" + withdrawn + "/withdraw", Map.of("reason", "退出"), bureau)
                .status()).isEqualTo(200);

        Reply created = api.post(ROUNDS, round(2041, "MARCH"), bureau);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode round = created.json();
        assertThat(round.path("title").asString()).isEqualTo("2041年3月集中评估");
        assertThat(round.path("status").asString()).isEqualTo("DRAFT");
        assertThat(round.path("periodFrom").asString()).isEqualTo("2040-09");
        assertThat(round.path("periodTo").asString()).isEqualTo("2041-02");
        List<String> codes = new ArrayList<>();
        round.path("criteria").forEach(c -> codes.add(c.path("code").asString()));
        assertThat(codes).containsExactly("BASE", "PROBLEMS", "TALENT", "ACHIEVEMENTS", "ACTIVITIES", "ATTENDANCE",
                "BRIEFINGS");
        assertThat(round.path("criteria").get(0).path("name").asString()).isEqualTo("阵地建设");
        assertThat(round.path("criteria").get(0).path("weight").asInt()).isEqualTo(20);
        List<String> participants = steps.participants(round.path("id").asString(), bureau);
        assertThat(participants).contains(open).doesNotContain(withdrawn);
        assertThat(round.path("participants").asInt()).isEqualTo(participants.size())
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding WHERE status IN"
                        + " ('ACTIVE', 'AWARDED', 'RECTIFYING')", Integer.class));
        assertThat(round.path("history")).hasSize(1);
        assertThat(round.path("history").get(0).path("to").asString()).isEqualTo("DRAFT");
        assertThat(round.path("history").get(0).path("adminName").asString()).isEqualTo("测试BUREAU_ADMIN");
        assertThat(round.path("progress").path("verdictsSet").asInt()).isZero();

        JsonNode listed = api.get(ROUNDS + "?size=100", bureau).json();
        assertThat(listed.path("items").findValuesAsString("id")).contains(round.path("id").asString());
    }

    @Test
    void thereIsOneRoundPerYearAndTermAndOnlyTheSameRequestRetriedGetsItBack() {
        Map<String, Object> body = round(2042, "SEPTEMBER");
        body.put("clientId", "round-2042-9");
        Reply first = api.post(ROUNDS, body, bureau);
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        Reply retried = api.post(ROUNDS, body, bureau);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(retried.json().path("id").asString()).isEqualTo(first.json().path("id").asString());

        Map<String, Object> other = round(2042, "SEPTEMBER");
        other.put("clientId", "another-request");
        Reply elsewhere = api.post(ROUNDS, other, bureau);
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.code()).isEqualTo("ROUND_EXISTS");
        assertThat(elsewhere.json().path("title").asString()).isEqualTo("评估批次已存在");
        Reply anonymous = api.post(ROUNDS, round(2042, "SEPTEMBER"), bureau);
        assertThat(anonymous.status()).isEqualTo(409);
        assertThat(anonymous.code()).isEqualTo("ROUND_EXISTS");
        assertThat(api.post(ROUNDS, round(2042, "MARCH"), bureau).status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_round WHERE year = 2042", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'evaluation.round.create'"
                + " AND target_id = ?", Integer.class, first.json().path("id").asString())).isEqualTo(1);
    }

    @Test
    void twoCreatesOfTheSameRequestAtOnceMakeOneRoundAndBothAnswerIt() throws Exception {
        Map<String, Object> body = round(2043, "MARCH");
        body.put("clientId", "raced-request");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Reply> create = () -> api.post(ROUNDS, body, bureau);
            List<Future<Reply>> replies = pool.invokeAll(List.of(create, create));
            List<String> ids = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(201);
                ids.add(reply.get().json().path("id").asString());
            }
            assertThat(ids.get(0)).isEqualTo(ids.get(1));
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_snapshot s JOIN evaluation_round r"
                + " ON r.id = s.round_id WHERE r.year = 2043", Integer.class))
                .isEqualTo(jdbc.queryForObject("SELECT participants FROM evaluation_round WHERE year = 2043",
                        Integer.class));
    }

    @Test
    void aRoundRequestNeedsAKnownTermAndAPlausibleYear() {
        Reply badTerm = api.post(ROUNDS, round(2044, "APRIL"), bureau);
        assertThat(badTerm.status()).isEqualTo(422);
        assertThat(badTerm.json().path("errors").has("term")).isTrue();
        Reply noYear = api.post(ROUNDS, Map.of("term", "MARCH"), bureau);
        assertThat(noYear.status()).isEqualTo(422);
        assertThat(noYear.json().path("errors").has("year")).isTrue();
        Reply farYear = api.post(ROUNDS, round(1999, "MARCH"), bureau);
        assertThat(farYear.status()).isEqualTo(422);
        assertThat(farYear.json().path("errors").path("year").asString()).isEqualTo("年份为 2000–2100");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_round WHERE year IN (1999, 2044)",
                Integer.class)).isZero();
    }

    @Test
    void criteriaAreEditedWhileTheRoundIsADraftAndLockedOnceItOpens() {
        String id = steps.created(round(2045, "MARCH"), bureau);
        List<Map<String, Object>> mine = List.of(criterion("BASE", "阵地建设", 60, 10),
                criterion("TALENT_2", " 人才培养 ", 40, 5));

        Reply edited = api.put(ROUNDS + "/" + id + "/criteria", mine, bureau);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("criteria")).hasSize(2);
        assertThat(edited.json().path("criteria").get(1).path("code").asString()).isEqualTo("TALENT_2");
        assertThat(edited.json().path("criteria").get(1).path("name").asString()).isEqualTo("人才培养");
        assertThat(edited.json().path("criteria").get(1).path("maxScore").asInt()).isEqualTo(5);

        Reply duplicate = api.put(ROUNDS + "/" + id + "/criteria",
                List.of(criterion("BASE", "一", 50, 10), criterion("BASE", "二", 50, 10)), bureau);
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.code()).isEqualTo("CRITERIA_INVALID");
        Reply zeroWeight = api.put(ROUNDS + "/" + id + "/criteria", List.of(criterion("BASE", "阵地", 0, 10)), bureau);
        assertThat(zeroWeight.status()).isEqualTo(422);
        assertThat(zeroWeight.code()).isEqualTo("VALIDATION_FAILED");
        Reply badCode = api.put(ROUNDS + "/" + id + "/criteria", List.of(criterion("base", "阵地", 10, 10)), bureau);
        assertThat(badCode.status()).isEqualTo(422);
        Reply none = api.put(ROUNDS + "/" + id + "/criteria", List.of(), bureau);
        assertThat(none.status()).isEqualTo(422);
        assertThat(steps.view(id, bureau).path("criteria")).hasSize(2);

        Reply opened = api.post(ROUNDS + "/" + id + "/open", null, bureau);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().path("status").asString()).isEqualTo("SCORING");
        assertThat(opened.json().path("openedAt").isNull()).isFalse();
        Reply late = api.put(ROUNDS + "/" + id + "/criteria", mine, bureau);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("ROUND_NOT_DRAFT");
        Reply openedAgain = api.post(ROUNDS + "/" + id + "/open", null, bureau);
        assertThat(openedAgain.status()).isEqualTo(200);
        assertThat(openedAgain.json().path("history")).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_type = 'evaluation_round'"
                + " AND target_id = ? AND action IN ('evaluation.criteria.update', 'evaluation.round.open')",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void onlyTheBureauManagesRoundsEvaluatorsAndViewersReadThemAndLiaisonsDoNot() {
        String id = steps.created(round(2046, "MARCH"), bureau);
        String evaluator = fixtures.admin("EVALUATOR");
        String viewer = fixtures.admin("VIEWER");
        String liaison = fixtures.admin("LIAISON");

        assertThat(api.post(ROUNDS, round(2046, "SEPTEMBER"), evaluator).status()).isEqualTo(403);
        assertThat(api.put(ROUNDS + "/" + id + "/criteria", List.of(criterion("BASE", "阵地", 10, 10)), evaluator)
                .status()).isEqualTo(403);
        assertThat(api.post(ROUNDS + "/" + id + "/open", null, viewer).status()).isEqualTo(403);
        assertThat(api.get(ROUNDS + "/" + id, evaluator).status()).isEqualTo(200);
        assertThat(api.get(ROUNDS + "/" + id, viewer).status()).isEqualTo(200);
        assertThat(api.get(ROUNDS + "/" + id + "/sheet", viewer).status()).isEqualTo(200);
        for (String path : List.of(ROUNDS, ROUNDS + "/" + id, ROUNDS + "/" + id + "/sheet",
                ROUNDS + "/" + id + "/sheet.xlsx")) {
            Reply refused = api.get(path, liaison);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
        }
        assertThat(api.get(ROUNDS, fixtures.member()).status()).isEqualTo(401);
        assertThat(api.get(ROUNDS + "/999999999", bureau).code()).isEqualTo("ROUND_NOT_FOUND");
        assertThat(api.get(ROUNDS + "/999999999/sheet", bureau).status()).isEqualTo(404);
        assertThat(api.get(ROUNDS + "/999999999/sheet.xlsx", bureau).code()).isEqualTo("ROUND_NOT_FOUND");
        assertThat(api.post(ROUNDS + "/999999999/open", null, bureau).code()).isEqualTo("ROUND_NOT_FOUND");
        assertThat(api.put(ROUNDS + "/999999999/criteria", List.of(criterion("BASE", "阵地", 10, 10)), bureau)
                .code()).isEqualTo("ROUND_NOT_FOUND");
    }
}
