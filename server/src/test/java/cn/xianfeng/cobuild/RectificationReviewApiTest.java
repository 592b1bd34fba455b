package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import cn.xianfeng.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The bureau's side: the rectification list and detail in each admin's scope, the re-check (passed → the plaque
 * back or active again, failed → delisted) by BUREAU_ADMIN only, audited and in the status history, and the daily
 * job that flags a missed deadline once.
 */
@ApiTest
@Import({MovableClock.Config.class, PlaqueTestSupport.Config.class})
@TestPropertySource(properties = PlaqueTestSupport.PROPERTIES)
class RectificationReviewApiTest extends ApiTestBase {

    @Autowired
    Plaques plaques;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MovableClock clock;
    @Autowired
    RectificationOverdueJob job;
    @Autowired
    PlaqueTestSupport.Decisions decisions;

    String bureau;
    long bureauId;
    String pioneer;
    String cobuildingId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        bureau = fixtures.admin("BUREAU_ADMIN");
        bureauId = Long.parseLong(fixtures.adminId(bureau));
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void decide(String cobuilding, PlaqueDecision decision, LocalDate deadline) {
        transaction.execute(tx -> plaques.decide(Long.parseLong(cobuilding), decision, deadline, "2027年3月集中评估",
                Fixtures.unique("round:"), null, bureauId));
    }

    private String rectificationOf(String cobuilding) {
        return jdbc.queryForObject("SELECT MAX(id) FROM cobuilding_rectification WHERE cobuilding_id = ?",
                String.class, cobuilding);
    }

    private Reply submit(String token, String cobuilding) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", "整改已完成");
        body.put("mediaIds", List.of());
        body.put("clientId", Fixtures.unique("c-"));
        return api.put("/api/mp/cobuildings/" + cobuilding + "/rectification/report", body, token);
    }

    private Reply review(String id, boolean passed, String comment, String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("passed", passed);
        body.put("comment", comment);
        return api.post("/api/admin/rectifications/" + id + "/review", body, token);
    }

    private String status(String cobuilding) {
        return jdbc.queryForObject("SELECT status FROM cobuilding WHERE id = ?", String.class, cobuilding);
    }

    private static void expect(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
    }

    @Test
    void aPassedReviewGivesThePlaqueBackWhenItHadOne() {
        decide(cobuildingId, PlaqueDecision.AWARD, null);
        LocalDate plaqueDate = jdbc.queryForObject("SELECT plaque_date FROM cobuilding WHERE id = ?", LocalDate.class,
                cobuildingId);
        decide(cobuildingId, PlaqueDecision.RECTIFY, today.plusDays(20));
        String id = rectificationOf(cobuildingId);
        assertThat(submit(pioneer, cobuildingId).status()).isEqualTo(200);

        Reply reviewed = review(id, true, "整改到位", bureau);

        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(reviewed.json().path("status").asString()).isEqualTo("PASSED");
        assertThat(reviewed.json().path("review").path("passed").asBoolean()).isTrue();
        assertThat(reviewed.json().path("review").path("comment").asString()).isEqualTo("整改到位");
        assertThat(reviewed.json().path("review").path("reviewedBy").path("id").asString())
                .isEqualTo(String.valueOf(bureauId));
        assertThat(status(cobuildingId)).isEqualTo("AWARDED");
        assertThat(jdbc.queryForObject("SELECT plaque_date FROM cobuilding WHERE id = ?", LocalDate.class,
                cobuildingId)).isEqualTo(plaqueDate);
        JsonNode asMember = api.get("/api/mp/cobuildings/" + cobuildingId + "/rectification", pioneer).json();
        assertThat(asMember.path("status").asString()).isEqualTo("PASSED");
        assertThat(asMember.path("review").path("reviewedBy").has("id")).as("admin ids are the bureau's").isFalse();
        assertThat(jdbc.queryForObject("SELECT summary FROM audit_log WHERE action = 'rectification.review' "
                + "AND target_id = ? AND admin_id = ?", String.class, id, bureauId)).isEqualTo("整改通过：整改到位");

        JsonNode history = api.get("/api/admin/cobuildings/" + cobuildingId + "/history", bureau).json();
        assertThat(history.get(0).path("decision").asString()).isEqualTo("RECTIFICATION_PASSED");
        assertThat(history.get(0).path("fromStatus").asString()).isEqualTo("RECTIFYING");
        assertThat(history.get(0).path("toStatus").asString()).isEqualTo("AWARDED");
        assertThat(history.get(0).path("sourceRef").asString()).isEqualTo("rectification:" + id);
        assertThat(history.get(0).path("actorType").asString()).isEqualTo("ADMIN");
        assertThat(history.get(0).path("actorId").asString()).isEqualTo(String.valueOf(bureauId));
        assertThat(history.get(0).path("actorName").asString()).isNotBlank();
        assertThat(history.get(0).path("reason").asString()).isEqualTo("2027年3月集中评估整改复查：整改通过（整改到位）");
        List<String> decided = new ArrayList<>();
        history.forEach(h -> decided.add(h.path("decision").asString("")));
        assertThat(decided).containsExactly("RECTIFICATION_PASSED", "RECTIFY", "AWARD", "");
        assertThat(decisions.of(Long.parseLong(cobuildingId))).last()
                .satisfies(e -> assertThat(e.occasion()).isEqualTo("2027年3月集中评估整改复查"));

        expect(review(id, false, null, bureau), 409, "RECTIFICATION_NOT_REVIEWABLE");
        assertThat(status(cobuildingId)).isEqualTo("AWARDED");
    }

    @Test
    void aPassedReviewMakesANeverAwardedCobuildingActiveAndAFailedOneIsDelisted() {
        decide(cobuildingId, PlaqueDecision.RECTIFY, today.plusDays(20));
        assertThat(submit(pioneer, cobuildingId).status()).isEqualTo(200);
        assertThat(review(rectificationOf(cobuildingId), true, null, bureau).status()).isEqualTo(200);
        assertThat(status(cobuildingId)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT plaque_date FROM cobuilding WHERE id = ?", LocalDate.class,
                cobuildingId)).isNull();

        String failing = fixtures.cobuilding(pioneer, 1);
        decide(failing, PlaqueDecision.RECTIFY, today.plusDays(20));
        assertThat(submit(pioneer, failing).status()).isEqualTo(200);
        Reply failed = review(rectificationOf(failing), false, "整改不到位", bureau);

        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(failed.json().path("status").asString()).isEqualTo("FAILED");
        assertThat(status(failing)).isEqualTo("DELISTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding_unit WHERE cobuilding_id = ? "
                + "AND left_at IS NULL", Integer.class, failing)).isZero();
        assertThat(api.get("/api/mp/cobuildings/" + failing, pioneer).json().path("writable").asBoolean()).isFalse();
    }

    @Test
    void onlyASubmittedRectificationOrAMissedDeadlineIsReviewed() {
        decide(cobuildingId, PlaqueDecision.RECTIFY, today.plusDays(5));
        String id = rectificationOf(cobuildingId);

        expect(review(id, true, null, bureau), 409, "RECTIFICATION_NOT_REVIEWABLE");
        expect(review(id, false, null, bureau), 409, "RECTIFICATION_NOT_REVIEWABLE");
        clock.move(Duration.ofDays(6));
        expect(review(id, true, null, bureau), 409, "RECTIFICATION_NOT_REVIEWABLE");
        assertThat(status(cobuildingId)).isEqualTo("RECTIFYING");

        Reply failed = review(id, false, "逾期未提交", bureau);
        assertThat(failed.status()).as(failed.body()).isEqualTo(200);
        assertThat(status(cobuildingId)).isEqualTo("DELISTED");
        expect(review("999999999", true, null, bureau), 404, "RECTIFICATION_NOT_FOUND");
    }

    @Test
    void reviewIsForBureauAdminsAndBadInputIs422() {
        decide(cobuildingId, PlaqueDecision.RECTIFY, today.plusDays(5));
        String id = rectificationOf(cobuildingId);
        assertThat(submit(pioneer, cobuildingId).status()).isEqualTo(200);
        String liaison = fixtures.admin("LIAISON");
        assertThat(api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaison)), bureau).status()).isEqualTo(200);

        for (String role : List.of("EVALUATOR", "VIEWER")) {
            expect(review(id, true, null, fixtures.admin(role)), 403, "FORBIDDEN");
        }
        expect(review(id, true, null, liaison), 403, "FORBIDDEN");
        expect(api.post("/api/admin/rectifications/" + id + "/review", Map.of("comment", "无结论"), bureau), 422,
                "VALIDATION_FAILED");
        expect(review(id, true, "长".repeat(501), bureau), 422, "VALIDATION_FAILED");
        assertThat(status(cobuildingId)).isEqualTo("RECTIFYING");
        assertThat(review(id, true, null, fixtures.superAdmin()).status()).isEqualTo(200);
    }

    @Test
    void aLiaisonListsAndReadsOnlyTheRectificationsOfTheirCobuildings() {
        String liaison = fixtures.admin("LIAISON");
        String own = cobuildingId;
        String others = fixtures.cobuilding(fixtures.member(), 0);
        assertThat(api.put("/api/admin/cobuildings/" + own + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaison)), bureau).status()).isEqualTo(200);
        decide(own, PlaqueDecision.RECTIFY, today.plusDays(5));
        decide(others, PlaqueDecision.RECTIFY, today.plusDays(5));
        String ownId = rectificationOf(own);
        String othersId = rectificationOf(others);

        JsonNode mine = api.get("/api/admin/rectifications?size=100", liaison).json();
        List<String> listed = new ArrayList<>();
        mine.path("items").forEach(i -> listed.add(i.path("id").asString()));
        assertThat(listed).containsExactly(ownId);
        assertThat(mine.path("items").get(0).path("cobuildingName").asString()).isNotBlank();
        assertThat(api.get("/api/admin/rectifications/" + ownId, liaison).status()).isEqualTo(200);
        expect(api.get("/api/admin/rectifications/" + othersId, liaison), 404, "RECTIFICATION_NOT_FOUND");
        expect(api.get("/api/admin/cobuildings/" + others + "/history", liaison), 404, "NOT_FOUND");

        for (String role : List.of("EVALUATOR", "VIEWER", "BUREAU_ADMIN")) {
            String token = fixtures.admin(role);
            JsonNode all = api.get("/api/admin/rectifications?status=OPEN&size=100", token).json();
            List<String> ids = new ArrayList<>();
            all.path("items").forEach(i -> ids.add(i.path("id").asString()));
            assertThat(ids).as(role).contains(ownId, othersId);
            JsonNode detail = api.get("/api/admin/rectifications/" + othersId, token).json();
            assertThat(detail.path("status").asString()).isEqualTo("OPEN");
            assertThat(detail.path("deadline").asString()).isEqualTo(today.plusDays(5).toString());
        }
        assertThat(api.get("/api/admin/rectifications?status=PASSED&size=100", bureau).json().path("items")
                .findValuesAsString("id")).doesNotContain(ownId, othersId);
        expect(api.get("/api/admin/rectifications?status=LATE", bureau), 422, "VALIDATION_FAILED");
        expect(api.get("/api/admin/rectifications?size=101", bureau), 422, "VALIDATION_FAILED");
        assertThat(api.get("/api/admin/rectifications", fixtures.member()).status()).isEqualTo(401);
    }

    @Test
    void theDailyJobFlagsAMissedDeadlineOnceAndNotAReportMadeInTime() {
        decide(cobuildingId, PlaqueDecision.RECTIFY, today.plusDays(3));
        String missed = rectificationOf(cobuildingId);
        String reported = fixtures.cobuilding(pioneer, 0);
        decide(reported, PlaqueDecision.RECTIFY, today.plusDays(3));
        assertThat(submit(pioneer, reported).status()).isEqualTo(200);

        clock.move(Duration.ofDays(3));
        job.flagOverdue();
        assertThat(overdueAt(missed)).as("the deadline day is not missed yet").isNull();

        clock.move(Duration.ofDays(1));
        job.flagOverdue();
        job.flagOverdue();
        Object flagged = overdueAt(missed);
        assertThat(flagged).isNotNull();
        assertThat(overdueAt(rectificationOf(reported))).isNull();
        assertThat(decisions.overdueOf(Long.parseLong(cobuildingId))).singleElement().satisfies(e -> {
            assertThat(e.rectificationId()).isEqualTo(Long.parseLong(missed));
            assertThat(e.deadline()).isEqualTo(today.plusDays(3));
        });
        assertThat(decisions.overdueOf(Long.parseLong(reported))).isEmpty();
        clock.move(Duration.ofDays(1));
        job.flagOverdue();
        assertThat(overdueAt(missed)).isEqualTo(flagged);
        assertThat(decisions.overdueOf(Long.parseLong(cobuildingId))).hasSize(1);

        JsonNode view = api.get("/api/mp/cobuildings/" + cobuildingId + "/rectification", pioneer).json();
        assertThat(view.path("overdue").asBoolean()).isTrue();
        JsonNode overdue = api.get("/api/admin/rectifications?overdue=true&size=100", bureau).json();
        assertThat(overdue.path("items").findValuesAsString("id")).contains(missed)
                .doesNotContain(rectificationOf(reported));
    }

    private Object overdueAt(String rectificationId) {
        return jdbc.queryForObject("SELECT overdue_at FROM cobuilding_rectification WHERE id = ?", Object.class,
                rectificationId);
    }
}
