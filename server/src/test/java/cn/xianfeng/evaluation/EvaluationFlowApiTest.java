package cn.xianfeng.evaluation;

import static cn.xianfeng.evaluation.EvaluationSteps.ROUNDS;
import static cn.xianfeng.evaluation.EvaluationSteps.criterion;
import static cn.xianfeng.evaluation.EvaluationSteps.decimal;
import static cn.xianfeng.evaluation.EvaluationSteps.round;
import static cn.xianfeng.evaluation.EvaluationSteps.row;
import static cn.xianfeng.evaluation.EvaluationSteps.scores;
import static cn.xianfeng.evaluation.EvaluationSteps.today;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.stats.Period;
import cn.xianfeng.stats.StatsDirectory;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Downloads;
import cn.xianfeng.support.Eventually;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A round from snapshot to close: the frozen snapshot, two evaluators scoring, progress, verdicts and the close that
 * applies them all at once (or none), the read-only closed round, the sheet and its XLSX file; and the checks on
 * scores and verdicts on the way.
 */
@ApiTest
class EvaluationFlowApiTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    StatsDirectory stats;

    EvaluationSteps steps;
    String bureau;
    String evaluator;

    @BeforeEach
    void setUp() {
        steps = new EvaluationSteps(api);
        bureau = fixtures.admin("BUREAU_ADMIN");
        evaluator = fixtures.admin("EVALUATOR");
    }

    @Test
    void aMarchRoundIsFrozenScoredDecidedAndClosedAndItsVerdictsReachTheCobuildings() {
        String pioneerA = fixtures.member();
        String a = fixtures.cobuilding(pioneerA, 0);
        String b = fixtures.cobuilding(fixtures.member(), 0);
        String c = fixtures.cobuilding(fixtures.member(), 0);
        String pioneerD = fixtures.member();
        String d = fixtures.cobuilding(pioneerD, 0);
        String undecided = fixtures.cobuilding(fixtures.member(), 0);
        Map<String, Object> body = EvaluationSteps.currentRound();
        int year = (int) body.get("year");
        String occasion = year + "年" + ("MARCH".equals(body.get("term")) ? 3 : 9) + "月集中评估";

        String id = steps.created(body, bureau);

        // Frozen: a member joins A after the snapshot; the statistics see them, the round does not.
        Period period = Period.ofRound(year, (String) body.get("term"));
        assertThat(stats.metrics(List.of(Long.parseLong(a)), period).get(Long.parseLong(a)).members()).isEqualTo(1);
        String frozen = jdbc.queryForObject("SELECT metrics FROM evaluation_snapshot WHERE round_id = ?"
                + " AND cobuilding_id = ?", String.class, id, a);
        fixtures.joined(pioneerA, a, "MEMBER", fixtures.unitOf(pioneerA, a, "LEAD"));
        assertThat(stats.metrics(List.of(Long.parseLong(a)), period).get(Long.parseLong(a)).members()).isEqualTo(2);
        JsonNode snapshot = row(api.get(ROUNDS + "/" + id + "/sheet", bureau).json(), a);
        assertThat(snapshot.path("metrics").path("members").asInt()).isEqualTo(1);
        assertThat(snapshot.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(snapshot.path("leadUnitType").asString()).isEqualTo("UNIVERSITY");

        Reply edited = api.put(ROUNDS + "/" + id + "/criteria",
                List.of(criterion("BASE", "阵地建设", 60, 10), criterion("ACTIVITIES", "活动开展", 40, 5)), bureau);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(api.post(ROUNDS + "/" + id + "/open", null, bureau).status()).isEqualTo(200);

        // Two evaluators: the EVALUATOR and the bureau admin, who may score too.
        Reply first = steps.score(id, a, scores("阵地规范", "BASE", 8, "ACTIVITIES", 2.5), evaluator);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(decimal(first.json().path("total"))).isEqualByComparingTo("68.00");
        assertThat(first.json().path("complete").asBoolean()).isTrue();
        Reply retried = steps.score(id, a, scores("阵地规范", "BASE", 8, "ACTIVITIES", 2.5), evaluator);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(decimal(retried.json().path("total"))).isEqualByComparingTo("68.00");
        Reply replaced = steps.score(id, a, scores(null, "BASE", 9, "ACTIVITIES", 2.5), evaluator);
        assertThat(decimal(replaced.json().path("total"))).isEqualByComparingTo("74.00");
        assertThat(replaced.json().path("comment").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_score WHERE round_id = ?"
                + " AND cobuilding_id = ?", Integer.class, id, a)).isEqualTo(2);
        assertThat(steps.score(id, a, scores("优秀", "BASE", 10, "ACTIVITIES", 5), bureau).status()).isEqualTo(200);
        Reply partial = steps.score(id, b, scores(null, "BASE", 5), evaluator);
        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.json().path("complete").asBoolean()).isFalse();
        assertThat(partial.json().path("total").isNull()).isTrue();

        JsonNode progress = steps.view(id, bureau).path("progress");
        Map<String, Integer> fullyScored = new LinkedHashMap<>();
        progress.path("evaluators").forEach(e -> fullyScored.put(e.path("evaluatorName").asString(),
                e.path("fullyScored").asInt()));
        assertThat(fullyScored).containsOnly(Map.entry("测试EVALUATOR", 1), Map.entry("测试BUREAU_ADMIN", 1));
        assertThat(progress.path("evaluators").get(0).path("participants").asInt())
                .isEqualTo(progress.path("participants").asInt());
        assertThat(scorers(progress, a)).isEqualTo(2);
        assertThat(scorers(progress, b)).isZero();

        LocalDate deadline = today().plusDays(60);
        assertThat(steps.verdict(id, a, "AWARD", null, bureau).status()).isEqualTo(200);
        assertThat(steps.verdict(id, b, "KEEP", null, bureau).status()).isEqualTo(200);
        Reply rectify = steps.verdict(id, c, "RECTIFY", deadline, bureau);
        assertThat(rectify.status()).as(rectify.body()).isEqualTo(200);
        assertThat(rectify.json().path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(steps.verdict(id, d, "DELIST", null, bureau).status()).isEqualTo(200);

        int participants = steps.view(id, bureau).path("participants").asInt();
        Reply early = api.post(ROUNDS + "/" + id + "/close", null, bureau);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("VERDICTS_MISSING");
        assertThat(early.json().path("missing").asInt()).isEqualTo(participants - 4);
        assertThat(steps.participants(id, bureau)).contains(undecided);
        steps.keepTheOthers(id, Map.of(a, 1, b, 1, c, 1, d, 1), bureau);
        assertThat(api.post(ROUNDS + "/" + id + "/close", null, evaluator).status()).isEqualTo(403);

        Reply closed = api.post(ROUNDS + "/" + id + "/close", null, bureau);

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().path("progress").path("verdictsSet").asInt()).isEqualTo(participants);
        List<String> moves = new ArrayList<>();
        closed.json().path("history").forEach(h -> moves.add(h.path("from").asString(null) + "→"
                + h.path("to").asString() + " " + h.path("adminName").asString()));
        assertThat(moves).containsExactly("null→DRAFT 测试BUREAU_ADMIN", "DRAFT→SCORING 测试BUREAU_ADMIN",
                "SCORING→CLOSED 测试BUREAU_ADMIN");
        JsonNode awarded = api.get("/api/admin/cobuildings/" + a, bureau).json();
        assertThat(awarded.path("status").asString()).isEqualTo("AWARDED");
        assertThat(awarded.path("plaqueDate").asString()).isEqualTo(today().toString());
        assertThat(api.get("/api/admin/cobuildings/" + b, bureau).json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.get("/api/admin/cobuildings/" + c, bureau).json().path("status").asString())
                .isEqualTo("RECTIFYING");
        assertThat(api.get("/api/admin/cobuildings/" + d, bureau).json().path("status").asString())
                .isEqualTo("DELISTED");
        for (Map.Entry<String, String> decided : Map.of(a, "AWARDED", b, "ACTIVE", c, "RECTIFYING", d, "DELISTED")
                .entrySet()) {
            Map<String, Object> last = jdbc.queryForMap("SELECT to_status, reason FROM cobuilding_history"
                    + " WHERE cobuilding_id = ? ORDER BY id DESC LIMIT 1", decided.getKey());
            assertThat(last.get("to_status")).isEqualTo(decided.getValue());
            assertThat((String) last.get("reason")).startsWith(occasion);
        }
        assertThat(jdbc.queryForObject("SELECT deadline FROM cobuilding_rectification WHERE cobuilding_id = ?",
                LocalDate.class, c)).isEqualTo(deadline);
        List<String> audited = jdbc.queryForList("SELECT DISTINCT action FROM audit_log WHERE target_type ="
                + " 'evaluation_round' AND target_id = ?", String.class, id);
        assertThat(audited).contains("evaluation.round.create", "evaluation.criteria.update", "evaluation.round.open",
                "evaluation.score", "evaluation.verdict", "evaluation.round.close");

        // Each group hears its verdict in a SYSTEM card; subscribe messages go out for the results (the rectification
        // notice has no template in the test configuration, so it sends nothing).
        Map<String, String> texts = Map.of(a, "授予牌匾", b, "保持", c, "限期整改，截止 " + deadline, d, "摘牌");
        texts.forEach((cobuildingId, text) -> Eventually.eventually(() -> {
            List<String> cards = jdbc.queryForList("SELECT m.payload FROM message m JOIN conversation g"
                    + " ON g.id = m.conversation_id WHERE g.cobuilding_id = ? AND m.card_type = 'SYSTEM'"
                    + " AND m.ref_type = 'plaque' AND m.ref_id = ?", String.class, cobuildingId, "round:" + id);
            assertThat(cards).hasSize(1);
            JsonNode card = JSON.readTree(cards.get(0));
            assertThat(card.path("kind").asString()).isEqualTo("PLAQUE");
            assertThat(card.path("title").asString()).isEqualTo(occasion + "结果");
            assertThat(card.path("text").asString()).isEqualTo(text);
        }));
        for (Map.Entry<String, String> pioneer : Map.of(a, pioneerA, d, pioneerD).entrySet()) {
            long userId = Long.parseLong(fixtures.userId(pioneer.getValue()));
            Eventually.eventually(() -> assertThat(jdbc.queryForList("SELECT user_id FROM push_delivery"
                    + " WHERE scene = 'EVALUATION_RESULT' AND ref_id = ?", Long.class,
                    "plaque:round:" + id + ":" + pioneer.getKey())).contains(userId));
        }

        // Read-only once closed.
        List<Reply> refused = List.of(
                steps.score(id, a, scores(null, "BASE", 1, "ACTIVITIES", 1), evaluator),
                steps.verdict(id, a, "KEEP", null, bureau),
                api.put(ROUNDS + "/" + id + "/criteria", List.of(criterion("BASE", "阵地", 10, 10)), bureau),
                api.post(ROUNDS + "/" + id + "/open", null, bureau),
                api.post(ROUNDS + "/" + id + "/close", null, bureau));
        assertThat(refused).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.code()).isEqualTo("ROUND_CLOSED");
        });

        // The sheet: the snapshot as it was (A was ACTIVE with one member), the scores, the mean and the verdict.
        JsonNode sheet = api.get(ROUNDS + "/" + id + "/sheet", evaluator).json();
        assertThat(sheet.path("rows")).hasSize(participants);
        JsonNode rowA = row(sheet, a);
        assertThat(rowA.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(rowA.path("metrics").path("members").asInt()).isEqualTo(1);
        assertThat(rowA.path("scores")).hasSize(2);
        assertThat(decimal(rowA.path("meanTotal"))).isEqualByComparingTo("87.00");
        assertThat(rowA.path("verdict").path("verdict").asString()).isEqualTo("AWARD");
        assertThat(row(sheet, c).path("verdict").path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(jdbc.queryForObject("SELECT metrics FROM evaluation_snapshot WHERE round_id = ?"
                + " AND cobuilding_id = ?", String.class, id, a)).isEqualTo(frozen);

        Downloads.Download download = Downloads.get(port, ROUNDS + "/" + id + "/sheet.xlsx", bureau);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''");
        List<List<String>> file = download.rows();
        List<String> headers = file.get(0);
        assertThat(headers).startsWith("先锋号", "评估时状态", "牵头单位类型", "局共建联络员", "成员数")
                .contains("测试EVALUATOR·阵地建设（满分10）", "测试EVALUATOR·加权总分", "测试BUREAU_ADMIN·活动开展（满分5）",
                        "党建阵地完成度（%）", "出勤率（%）")
                .endsWith("平均总分", "评估结论", "整改期限", "结论说明");
        assertThat(file).hasSize(participants + 1);
        List<String> fileA = file.stream().filter(r -> r.get(0).equals(rowA.path("name").asString())).findFirst()
                .orElseThrow();
        assertThat(fileA.get(1)).isEqualTo("共建中");
        assertThat(fileA.get(2)).isEqualTo("高校");
        assertThat(fileA.get(headers.indexOf("成员数"))).isEqualTo("1");
        assertThat(fileA.get(headers.indexOf("测试EVALUATOR·阵地建设（满分10）"))).isEqualTo("9");
        assertThat(fileA.get(headers.indexOf("测试EVALUATOR·加权总分"))).isEqualTo("74");
        assertThat(fileA.get(headers.indexOf("平均总分"))).isEqualTo("87");
        assertThat(fileA.get(headers.indexOf("评估结论"))).isEqualTo("授予牌匾");
        List<String> fileC = file.stream().filter(r -> r.get(0).equals(row(sheet, c).path("name").asString()))
                .findFirst().orElseThrow();
        assertThat(fileC.get(headers.indexOf("评估结论"))).isEqualTo("限期整改");
        assertThat(fileC.get(headers.indexOf("整改期限"))).isEqualTo(deadline.toString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'evaluation.sheet.export'"
                + " AND target_id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void aCobuildingWhoseStatusNoLongerAllowsItsVerdictStopsTheWholeClose() {
        String delisted = fixtures.cobuilding(fixtures.member(), 0);
        String withdrawn = fixtures.cobuilding(fixtures.member(), 0);
        String id = steps.opened(round(2049, "MARCH"), bureau);
        assertThat(steps.verdict(id, delisted, "DELIST", null, bureau).status()).isEqualTo(200);
        assertThat(steps.verdict(id, withdrawn, "AWARD", null, bureau).status()).isEqualTo(200);
        steps.keepTheOthers(id, Map.of(delisted, 1, withdrawn, 1), bureau);
        String name = api.get("/api/admin/cobuildings/" + withdrawn, bureau).json().path("name").asString();
        assertThat(api.post("/api/admin/cobuildings/" + withdrawn + "/withdraw", Map.of("reason", "主动退出"), bureau)
                .status()).isEqualTo(200);
        int history = jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding_history WHERE cobuilding_id = ?",
                Integer.class, delisted);

        Reply refused = api.post(ROUNDS + "/" + id + "/close", null, bureau);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("VERDICT_NOT_APPLICABLE");
        assertThat(refused.json().path("cobuildingId").asString()).isEqualTo(withdrawn);
        assertThat(refused.json().path("cobuildingName").asString()).isEqualTo(name);
        assertThat(refused.json().path("detail").asString()).contains(name);
        // The co-building decided before it (a lower id) is back as it was.
        assertThat(api.get("/api/admin/cobuildings/" + delisted, bureau).json().path("status").asString())
                .isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding_history WHERE cobuilding_id = ?",
                Integer.class, delisted)).isEqualTo(history);
        assertThat(steps.view(id, bureau).path("status").asString()).isEqualTo("SCORING");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'evaluation.round.close'"
                + " AND target_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void scoresAreCheckedAgainstTheRoundsCriteriaAndOnlyParticipantsAreScored() {
        String a = fixtures.cobuilding(fixtures.member(), 0);
        String id = steps.opened(round(2047, "MARCH"), bureau);
        String draft = steps.created(round(2047, "SEPTEMBER"), bureau);
        String later = fixtures.cobuilding(fixtures.member(), 0);

        Reply over = steps.score(id, a, scores(null, "BASE", 21), evaluator);
        assertThat(over.status()).isEqualTo(422);
        assertThat(over.code()).isEqualTo("SCORE_OUT_OF_RANGE");
        assertThat(over.json().path("detail").asString()).isEqualTo("“阵地建设”的分数为 0–20");
        Reply unknown = steps.score(id, a, scores(null, "NOPE", 1), evaluator);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("CRITERION_UNKNOWN");
        Reply negative = steps.score(id, a, scores(null, "BASE", -1), evaluator);
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.code()).isEqualTo("VALIDATION_FAILED");
        Reply twoDecimals = steps.score(id, a, scores(null, "BASE", 12.25), evaluator);
        assertThat(twoDecimals.status()).isEqualTo(422);
        assertThat(twoDecimals.code()).isEqualTo("VALIDATION_FAILED");
        Reply twice = steps.score(id, a, scores(null, "BASE", 1, "BASE", 2), evaluator);
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("SCORES_INVALID");
        assertThat(steps.score(id, a, scores(null), evaluator).status()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_score WHERE round_id = ?", Integer.class, id))
                .isZero();

        Reply notOpen = steps.score(draft, a, scores(null, "BASE", 1), evaluator);
        assertThat(notOpen.status()).isEqualTo(409);
        assertThat(notOpen.code()).isEqualTo("ROUND_NOT_SCORING");
        Reply notInRound = steps.score(id, later, scores(null, "BASE", 1), evaluator);
        assertThat(notInRound.status()).isEqualTo(404);
        assertThat(notInRound.code()).isEqualTo("COBUILDING_NOT_IN_ROUND");
        assertThat(steps.score(id, "999999999", scores(null, "BASE", 1), evaluator).code())
                .isEqualTo("COBUILDING_NOT_IN_ROUND");
        assertThat(steps.score("999999999", a, scores(null, "BASE", 1), evaluator).code())
                .isEqualTo("ROUND_NOT_FOUND");
        assertThat(steps.score(id, a, scores(null, "BASE", 1), fixtures.admin("VIEWER")).status()).isEqualTo(403);
        assertThat(steps.score(id, a, scores(null, "BASE", 1), fixtures.admin("LIAISON")).status()).isEqualTo(403);

        Reply half = steps.score(id, a, scores("  ", "BASE", 12.5), evaluator);
        assertThat(half.status()).as(half.body()).isEqualTo(200);
        assertThat(decimal(half.json().path("scores").path("BASE"))).isEqualByComparingTo("12.5");
        assertThat(half.json().path("comment").isNull()).isTrue();
        assertThat(half.json().path("evaluatorName").asString()).isEqualTo("测试EVALUATOR");
    }

    @Test
    void savesOfOneCardAtOnceTakeTurnsAndTheLastOneStandsWhole() throws Exception {
        String a = fixtures.cobuilding(fixtures.member(), 0);
        String id = steps.opened(round(2050, "MARCH"), bureau);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Reply>> saves = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                Map<String, Object> body = scores("第" + i + "次", "BASE", i, "PROBLEMS", i, "TALENT", i);
                saves.add(() -> {
                    Reply reply = steps.score(id, a, body, evaluator);
                    // A deadlock's loser is told to send again (503 TRY_AGAIN); so does the test.
                    return reply.status() == 503 ? steps.score(id, a, body, evaluator) : reply;
                });
            }
            for (Future<Reply> reply : pool.invokeAll(saves)) {
                assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> stored = jdbc.queryForList("SELECT criterion_id, score FROM evaluation_score"
                + " WHERE round_id = ? AND cobuilding_id = ?", id, a);
        assertThat(stored).hasSize(3);
        assertThat(stored.stream().map(r -> r.get("score").toString()).distinct()).hasSize(1);
        String comment = jdbc.queryForObject("SELECT comment FROM evaluation_scorecard WHERE round_id = ?"
                + " AND cobuilding_id = ?", String.class, id, a);
        assertThat(comment).isEqualTo("第" + new BigDecimal(stored.get(0).get("score").toString())
                .intValue() + "次");
    }

    @Test
    void verdictsAreTheBureausAndOnlyARectificationHasADeadlineAfterToday() {
        String a = fixtures.cobuilding(fixtures.member(), 0);
        String id = steps.opened(round(2048, "MARCH"), bureau);
        String draft = steps.created(round(2048, "SEPTEMBER"), bureau);

        assertThat(steps.verdict(id, a, "AWARD", null, evaluator).status()).isEqualTo(403);
        assertThat(steps.verdict(id, a, "AWARD", null, fixtures.admin("VIEWER")).status()).isEqualTo(403);
        for (LocalDate wrong : new LocalDate[] {null, today(), today().minusDays(1)}) {
            Reply refused = steps.verdict(id, a, "RECTIFY", wrong, bureau);
            assertThat(refused.status()).as(String.valueOf(wrong)).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("DEADLINE_INVALID");
            assertThat(refused.json().path("errors").has("deadline")).isTrue();
        }
        Reply keepWithDeadline = steps.verdict(id, a, "KEEP", today().plusDays(3), bureau);
        assertThat(keepWithDeadline.status()).isEqualTo(422);
        assertThat(keepWithDeadline.code()).isEqualTo("DEADLINE_INVALID");
        Reply badVerdict = steps.verdict(id, a, "PROMOTE", null, bureau);
        assertThat(badVerdict.status()).isEqualTo(422);
        assertThat(badVerdict.json().path("errors").has("verdict")).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_verdict WHERE round_id = ?", Integer.class,
                id)).isZero();

        Reply rectify = steps.verdict(id, a, "RECTIFY", today().plusDays(1), bureau);
        assertThat(rectify.status()).as(rectify.body()).isEqualTo(200);
        assertThat(rectify.json().path("setByName").asString()).isEqualTo("测试BUREAU_ADMIN");
        Reply changed = steps.verdict(id, a, "KEEP", null, bureau);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(steps.verdict(id, a, "KEEP", null, bureau).status()).isEqualTo(200);
        Map<String, Object> stored = jdbc.queryForMap("SELECT verdict, deadline FROM evaluation_verdict"
                + " WHERE round_id = ? AND cobuilding_id = ?", id, a);
        assertThat(stored.get("verdict")).isEqualTo("KEEP");
        assertThat(stored.get("deadline")).isNull();
        assertThat(steps.view(id, bureau).path("progress").path("verdictsSet").asInt()).isEqualTo(1);
        for (JsonNode listed : api.get(ROUNDS + "?size=100", evaluator).json().path("items")) {
            if (listed.path("id").asString().equals(id)) {
                assertThat(listed.path("verdictsSet").asInt()).isEqualTo(1);
                assertThat(listed.path("status").asString()).isEqualTo("SCORING");
            }
        }

        Reply notOpen = steps.verdict(draft, a, "KEEP", null, bureau);
        assertThat(notOpen.status()).isEqualTo(409);
        assertThat(notOpen.code()).isEqualTo("ROUND_NOT_SCORING");
        Reply closeDraft = api.post(ROUNDS + "/" + draft + "/close", null, bureau);
        assertThat(closeDraft.status()).isEqualTo(409);
        assertThat(closeDraft.code()).isEqualTo("ROUND_NOT_SCORING");
        assertThat(steps.verdict(id, "999999999", "KEEP", null, bureau).code()).isEqualTo("COBUILDING_NOT_IN_ROUND");
        assertThat(steps.verdict("999999999", a, "KEEP", null, bureau).code()).isEqualTo("ROUND_NOT_FOUND");
    }

    private static int scorers(JsonNode progress, String cobuildingId) {
        for (JsonNode c : progress.path("cobuildings")) {
            if (c.path("cobuildingId").asString().equals(cobuildingId)) {
                return c.path("scorers").asInt();
            }
        }
        throw new AssertionError("no progress for " + cobuildingId);
    }
}
