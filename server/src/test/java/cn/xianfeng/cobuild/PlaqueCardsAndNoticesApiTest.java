package cn.xianfeng.cobuild;

import static cn.xianfeng.cobuild.PlaqueTestSupport.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import cn.xianfeng.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What members hear of a plaque decision: a SYSTEM card of kind PLAQUE in the group chat (one per source, however
 * often the reaction runs) and a subscribe message to each member — RECTIFICATION_NOTICE with the deadline for 整改,
 * EVALUATION_RESULT otherwise — sent by the push worker through the simulator; and the card for a missed deadline.
 */
@ApiTest
@Import({MovableClock.Config.class, PlaqueTestSupport.Config.class})
@TestPropertySource(properties = PlaqueTestSupport.PROPERTIES)
class PlaqueCardsAndNoticesApiTest extends ApiTestBase {

    @Autowired
    Plaques plaques;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MovableClock clock;
    @Autowired
    RectificationOverdueJob job;
    @Autowired
    PlaqueTestSupport.Decisions decisions;

    String bureau;
    long bureauId;
    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        bureau = fixtures.admin("BUREAU_ADMIN");
        bureauId = Long.parseLong(fixtures.adminId(bureau));
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        for (JsonNode c : api.get("/api/mp/conversations", pioneer).json().path("items")) {
            if (cobuildingId.equals(c.path("cobuildingId").asString())) {
                conversationId = c.path("id").asString();
            }
        }
        for (String token : List.of(pioneer, member)) {
            long userId = Long.parseLong(fixtures.userId(token));
            for (String template : List.of(PlaqueTestSupport.EVALUATION_TEMPLATE,
                    PlaqueTestSupport.RECTIFICATION_TEMPLATE)) {
                jdbc.update("INSERT INTO push_quota (user_id, template_id, remaining, last_result) "
                        + "VALUES (?, ?, 10, 'accept')", userId, template);
            }
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String decide(PlaqueDecision decision, LocalDate deadline, String note) {
        String sourceRef = Fixtures.unique("round:");
        transaction.execute(tx -> plaques.decide(Long.parseLong(cobuildingId), decision, deadline, "2027年3月集中评估",
                sourceRef, note, bureauId));
        return sourceRef;
    }

    /** The PLAQUE cards in the group, oldest first, as members read them. */
    private List<JsonNode> plaqueCards(String token) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode m : api.get("/api/mp/conversations/" + conversationId + "/messages?size=100", token).json()
                .path("items")) {
            if ("SYSTEM".equals(m.path("cardType").asString()) && "PLAQUE".equals(m.path("payload").path("kind")
                    .asString())) {
                found.add(m);
            }
        }
        return found;
    }

    private JsonNode awaitCard(String decision) {
        eventually("a " + decision + " card", () -> plaqueCards(pioneer).stream()
                .anyMatch(c -> decision.equals(c.path("payload").path("decision").asString())));
        return plaqueCards(pioneer).stream()
                .filter(c -> decision.equals(c.path("payload").path("decision").asString())).findFirst().orElseThrow();
    }

    /** The subscribe messages the simulator accepted for this member under this template. */
    private List<JsonNode> sendsTo(String token, String template) {
        String openid = jdbc.queryForObject("SELECT openid FROM app_user WHERE id = ?", String.class,
                Long.parseLong(fixtures.userId(token)));
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode record : api.get("/wx-sim/_records?api=subscribe_send", null).json()) {
            JsonNode request = record.path("request");
            if (openid.equals(request.path("touser").asString("")) && template.equals(
                    request.path("template_id").asString("")) && record.path("response").path("errcode").asInt(-1) == 0) {
                found.add(request);
            }
        }
        return found;
    }

    private String cobuildingName() {
        return jdbc.queryForObject("SELECT name FROM cobuilding WHERE id = ?", String.class, cobuildingId);
    }

    @Test
    void anAwardPostsOnePlaqueCardAndTellsEveryMember() {
        String sourceRef = decide(PlaqueDecision.AWARD, null, "表现优秀");

        JsonNode payload = awaitCard("AWARD").path("payload");
        Map<String, Object> expected = new HashMap<>();
        expected.put("kind", "PLAQUE");
        expected.put("title", "2027年3月集中评估结果");
        expected.put("text", "授予牌匾");
        expected.put("decision", "AWARD");
        expected.put("deadline", null);
        expected.put("note", "表现优秀");
        expected.put("cobuildingId", cobuildingId);
        Map<String, Object> actual = new HashMap<>();
        payload.properties().forEach(e -> actual.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asString()));
        assertThat(actual).isEqualTo(expected);
        assertThat(plaqueCards(member)).hasSize(1);

        for (String token : List.of(pioneer, member)) {
            eventually("the result sent", () -> sendsTo(token, PlaqueTestSupport.EVALUATION_TEMPLATE).size() == 1);
            JsonNode sent = sendsTo(token, PlaqueTestSupport.EVALUATION_TEMPLATE).get(0);
            String name = cobuildingName();
            assertThat(sent.path("data").path("thing1").path("value").asString())
                    .isEqualTo(name.length() <= 20 ? name : name.substring(0, 19) + "…");
            assertThat(sent.path("data").path("phrase2").path("value").asString()).isEqualTo("授予牌匾");
            assertThat(sent.path("data").path("thing3").path("value").asString()).isEqualTo("表现优秀");
            assertThat(sent.path("page").asString()).contains("cobuildingId=" + cobuildingId);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery WHERE scene = 'EVALUATION_RESULT' AND "
                + "ref_id = ?", Integer.class, "plaque:" + sourceRef + ":" + cobuildingId)).isEqualTo(2);

        // The same decision heard again (a redelivered event) posts and pushes nothing new.
        CobuildingStatusDecided again = decisions.of(Long.parseLong(cobuildingId)).get(0);
        transaction.executeWithoutResult(tx -> events.publishEvent(again));
        String marker = decide(PlaqueDecision.KEEP, null, null);
        awaitCard("KEEP");
        eventually("the marker's notices queued", () -> jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery "
                + "WHERE ref_id = ?", Integer.class, "plaque:" + marker + ":" + cobuildingId) == 2);
        assertThat(plaqueCards(pioneer)).extracting(c -> c.path("payload").path("decision").asString())
                .containsExactly("AWARD", "KEEP");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery WHERE ref_id = ?", Integer.class,
                "plaque:" + sourceRef + ":" + cobuildingId)).isEqualTo(2);
        JsonNode keep = awaitCard("KEEP").path("payload");
        assertThat(keep.path("text").asString()).isEqualTo("保持");
        assertThat(keep.path("note").isNull()).isTrue();
    }

    @Test
    void aRectificationOrderCarriesItsDeadlineAndItsMissedDeadlineIsPostedOnce() {
        LocalDate deadline = today.plusDays(3);
        decide(PlaqueDecision.RECTIFY, deadline, "阵地建设不达标，请于期限内完成整改并提交报告");

        JsonNode payload = awaitCard("RECTIFY").path("payload");
        assertThat(payload.path("text").asString()).isEqualTo("限期整改，截止 " + deadline);
        assertThat(payload.path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(payload.path("note").asString()).isEqualTo("阵地建设不达标，请于期限内完成整改并提交报告");
        eventually("the notice sent", () -> sendsTo(member, PlaqueTestSupport.RECTIFICATION_TEMPLATE).size() == 1);
        JsonNode sent = sendsTo(member, PlaqueTestSupport.RECTIFICATION_TEMPLATE).get(0);
        assertThat(sent.path("data").path("time2").path("value").asString())
                .isEqualTo(deadline.format(DateTimeFormatter.ofPattern("yyyy年MM月dd日")) + " 23:59");
        assertThat(sent.path("data").path("thing3").path("value").asString())
                .as("a thing is at most 20 characters").isEqualTo("阵地建设不达标，请于期限内完成整改并提…");
        assertThat(sendsTo(member, PlaqueTestSupport.EVALUATION_TEMPLATE)).isEmpty();

        clock.move(Duration.ofDays(4));
        job.flagOverdue();
        job.flagOverdue();
        JsonNode overdue = awaitCard("RECTIFICATION_OVERDUE").path("payload");
        assertThat(overdue.path("title").asString()).isEqualTo("整改提醒");
        assertThat(overdue.path("text").asString()).isEqualTo("整改已逾期（截止 " + deadline + "）");
        assertThat(overdue.path("deadline").asString()).isEqualTo(deadline.toString());
        assertThat(overdue.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(plaqueCards(pioneer)).hasSize(2);
    }

    @Test
    void aDelistedCobuildingsMembersAreToldAndReadTheCard() {
        decide(PlaqueDecision.DELIST, null, null);

        JsonNode payload = awaitCard("DELIST").path("payload");
        assertThat(payload.path("text").asString()).isEqualTo("摘牌");
        assertThat(payload.path("note").isNull()).isTrue();
        eventually("the result sent", () -> sendsTo(member, PlaqueTestSupport.EVALUATION_TEMPLATE).size() == 1);
        JsonNode sent = sendsTo(member, PlaqueTestSupport.EVALUATION_TEMPLATE).get(0);
        assertThat(sent.path("data").path("phrase2").path("value").asString()).isEqualTo("摘牌");
        assertThat(sent.path("data").path("thing3").path("value").asString()).isEqualTo("2027年3月集中评估");
        assertThat(plaqueCards(member)).hasSize(1);
    }

    @Test
    void aFailedReviewIsPostedAndPushedAsSuch() {
        decide(PlaqueDecision.RECTIFY, today.plusDays(5), null);
        Map<String, Object> report = new HashMap<>();
        report.put("text", "整改报告");
        report.put("mediaIds", List.of());
        report.put("clientId", "c-1");
        assertThat(api.put("/api/mp/cobuildings/" + cobuildingId + "/rectification/report", report, pioneer)
                .status()).isEqualTo(200);
        String id = jdbc.queryForObject("SELECT id FROM cobuilding_rectification WHERE cobuilding_id = ?",
                String.class, cobuildingId);
        assertThat(api.post("/api/admin/rectifications/" + id + "/review", Map.of("passed", false), bureau)
                .status()).isEqualTo(200);

        JsonNode payload = awaitCard("RECTIFICATION_FAILED").path("payload");
        assertThat(payload.path("title").asString()).isEqualTo("2027年3月集中评估整改复查结果");
        assertThat(payload.path("text").asString()).isEqualTo("整改未通过，摘牌");
        eventually("the result sent", () -> sendsTo(pioneer, PlaqueTestSupport.EVALUATION_TEMPLATE).size() == 1);
        assertThat(sendsTo(pioneer, PlaqueTestSupport.EVALUATION_TEMPLATE).get(0).path("data").path("phrase2")
                .path("value").asString()).isEqualTo("整改未通过");
    }
}
