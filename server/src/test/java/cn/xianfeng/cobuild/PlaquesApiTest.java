package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.shared.web.ApiException;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plaque facade as an evaluation round's close calls it: inside the caller's transaction, each allowed
 * transition with its status, plaque date, history and event, and each refused one with 409 (nothing written).
 */
@ApiTest
@Import({MovableClock.Config.class, PlaqueTestSupport.Config.class})
@TestPropertySource(properties = PlaqueTestSupport.PROPERTIES)
class PlaquesApiTest extends ApiTestBase {

    @Autowired
    Plaques plaques;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    PlaqueTestSupport.Decisions decisions;

    String pioneer;
    long cobuildingId;
    long adminId;
    LocalDate today;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = Long.parseLong(fixtures.cobuilding(pioneer, 1));
        adminId = Long.parseLong(fixtures.adminId(fixtures.admin("BUREAU_ADMIN")));
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private CobuildingStatus decide(PlaqueDecision decision, LocalDate deadline) {
        return transaction.execute(tx -> plaques.decide(cobuildingId, decision, deadline, "2027年3月集中评估",
                "round:" + decision.ordinal(), "说明" + decision, adminId));
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM cobuilding WHERE id = ?", String.class, cobuildingId);
    }

    private LocalDate plaqueDate() {
        return jdbc.queryForObject("SELECT plaque_date FROM cobuilding WHERE id = ?", LocalDate.class, cobuildingId);
    }

    private List<Map<String, Object>> decisionHistory() {
        return jdbc.queryForList("SELECT from_status, to_status, actor_type, actor_id, decision, source_ref, reason "
                + "FROM cobuilding_history WHERE cobuilding_id = ? AND decision IS NOT NULL ORDER BY id", cobuildingId);
    }

    private void assertRefused(PlaqueDecision decision, LocalDate deadline) {
        String before = status();
        int history = decisionHistory().size();
        assertThatThrownBy(() -> decide(decision, deadline))
                .isInstanceOfSatisfying(PlaqueTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.code()).isEqualTo("PLAQUE_TRANSITION_INVALID");
                    assertThat(e.cobuildingId()).isEqualTo(cobuildingId);
                });
        assertThat(status()).isEqualTo(before);
        assertThat(decisionHistory()).hasSize(history);
    }

    @Test
    void awardSetsThePlaqueDateOnceAndEveryDecisionIsInTheHistory() {
        assertThat(decide(PlaqueDecision.AWARD, null)).isEqualTo(CobuildingStatus.AWARDED);
        assertThat(status()).isEqualTo("AWARDED");
        assertThat(plaqueDate()).isEqualTo(today);
        jdbc.update("UPDATE cobuilding SET plaque_date = ? WHERE id = ?", today.minusYears(1), cobuildingId);

        assertThat(decide(PlaqueDecision.AWARD, null)).isEqualTo(CobuildingStatus.AWARDED);
        assertThat(plaqueDate()).as("a plaque already held keeps its date").isEqualTo(today.minusYears(1));
        assertThat(decide(PlaqueDecision.KEEP, null)).isEqualTo(CobuildingStatus.AWARDED);

        List<Map<String, Object>> history = decisionHistory();
        assertThat(history).extracting(h -> h.get("from_status") + ">" + h.get("to_status") + ":" + h.get("decision"))
                .containsExactly("ACTIVE>AWARDED:AWARD", "AWARDED>AWARDED:AWARD", "AWARDED>AWARDED:KEEP");
        assertThat(history).allSatisfy(h -> {
            assertThat(h.get("actor_type")).isEqualTo("ADMIN");
            assertThat(((Number) h.get("actor_id")).longValue()).isEqualTo(adminId);
        });
        assertThat(history.get(0).get("source_ref")).isEqualTo("round:0");
        assertThat(history.get(0).get("reason")).isEqualTo("2027年3月集中评估：授予牌匾（说明AWARD）");
        assertThat(decisions.of(cobuildingId)).extracting(CobuildingStatusDecided::decision)
                .containsExactly(PlaqueDecision.AWARD, PlaqueDecision.AWARD, PlaqueDecision.KEEP);
        CobuildingStatusDecided first = decisions.of(cobuildingId).get(0);
        assertThat(first.from()).isEqualTo(CobuildingStatus.ACTIVE);
        assertThat(first.to()).isEqualTo(CobuildingStatus.AWARDED);
        assertThat(first.occasion()).isEqualTo("2027年3月集中评估");
        assertThat(first.note()).isEqualTo("说明AWARD");
        assertThat(first.deadline()).isNull();
    }

    @Test
    void keepOnAnActiveCobuildingLeavesItActiveWithoutAPlaque() {
        assertThat(decide(PlaqueDecision.KEEP, null)).isEqualTo(CobuildingStatus.ACTIVE);
        assertThat(plaqueDate()).isNull();
        assertThat(decisionHistory()).singleElement()
                .satisfies(h -> assertThat(h.get("from_status")).isEqualTo(h.get("to_status")).isEqualTo("ACTIVE"));
    }

    @Test
    void rectifyNeedsAFutureDeadlineAndOpensOneRectification() {
        for (LocalDate bad : new LocalDate[] {null, today, today.minusDays(1)}) {
            assertThatThrownBy(() -> decide(PlaqueDecision.RECTIFY, bad))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                        assertThat(e.code()).isEqualTo("RECTIFY_DEADLINE_INVALID");
                    });
        }
        assertThat(status()).isEqualTo("ACTIVE");

        LocalDate deadline = today.plusDays(30);
        assertThat(decide(PlaqueDecision.RECTIFY, deadline)).isEqualTo(CobuildingStatus.RECTIFYING);
        Map<String, Object> row = jdbc.queryForMap("SELECT status, deadline, occasion, source_ref, ordered_by "
                + "FROM cobuilding_rectification WHERE cobuilding_id = ?", cobuildingId);
        assertThat(row.get("status")).isEqualTo("OPEN");
        assertThat(row.get("deadline").toString()).isEqualTo(deadline.toString());
        assertThat(row.get("occasion")).isEqualTo("2027年3月集中评估");
        assertThat(row.get("source_ref")).isEqualTo("round:2");
        assertThat(((Number) row.get("ordered_by")).longValue()).isEqualTo(adminId);
        assertThat(decisions.of(cobuildingId)).singleElement()
                .satisfies(e -> assertThat(e.deadline()).isEqualTo(deadline));

        assertRefused(PlaqueDecision.RECTIFY, today.plusDays(60));
        assertRefused(PlaqueDecision.AWARD, null);
        assertThat(decide(PlaqueDecision.KEEP, null)).as("a later round may leave it rectifying")
                .isEqualTo(CobuildingStatus.RECTIFYING);
        assertThat(jdbc.queryForList("SELECT status FROM cobuilding_rectification WHERE cobuilding_id = ?",
                String.class, cobuildingId)).as("still the one open rectification").containsExactly("OPEN");
    }

    @Test
    void theDatabaseHoldsAtMostOneOpenRectificationPerCobuilding() {
        decide(PlaqueDecision.RECTIFY, today.plusDays(10));
        assertThatThrownBy(() -> jdbc.update("INSERT INTO cobuilding_rectification (cobuilding_id, source_ref, "
                + "occasion, ordered_by, ordered_at, deadline, status) VALUES (?, 'x', 'x', 1, NOW(3), ?, 'SUBMITTED')",
                cobuildingId, today.plusDays(5))).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        jdbc.update("INSERT INTO cobuilding_rectification (cobuilding_id, source_ref, occasion, ordered_by, "
                + "ordered_at, deadline, status) VALUES (?, 'x', 'x', 1, NOW(3), ?, 'PASSED')", cobuildingId, today);
    }

    @Test
    void delistClosesTheCobuildingUnitsLeaveAndMembersCanNoLongerChangeIt() {
        decide(PlaqueDecision.RECTIFY, today.plusDays(10));
        assertThat(decide(PlaqueDecision.DELIST, null)).isEqualTo(CobuildingStatus.DELISTED);

        assertThat(jdbc.queryForList("SELECT left_at, left_reason FROM cobuilding_unit WHERE cobuilding_id = ?",
                cobuildingId)).hasSize(2).allSatisfy(unit -> {
                    assertThat(unit.get("left_at")).isNotNull();
                    assertThat(unit.get("left_reason")).isEqualTo("2027年3月集中评估：摘牌（说明DELIST）");
                });
        assertThat(jdbc.queryForObject("SELECT status FROM cobuilding_rectification WHERE cobuilding_id = ?",
                String.class, cobuildingId)).as("delisting ends the rectification").isEqualTo("FAILED");
        var view = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json();
        assertThat(view.path("status").asString()).isEqualTo("DELISTED");
        assertThat(view.path("writable").asBoolean()).isFalse();
        String leadUnit = view.path("units").get(0).path("id").asString();
        var invite = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "MEMBER", "unitId", leadUnit), pioneer);
        assertThat(invite.status()).isEqualTo(409);
        assertThat(invite.code()).isEqualTo("COBUILDING_CLOSED");

        for (PlaqueDecision decision : PlaqueDecision.values()) {
            assertRefused(decision, today.plusDays(10));
        }
    }

    @Test
    void aWithdrawnCobuildingTakesNoDecision() {
        String bureau = fixtures.admin("BUREAU_ADMIN");
        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "主动退出"),
                bureau).status()).isEqualTo(200);
        for (PlaqueDecision decision : PlaqueDecision.values()) {
            assertRefused(decision, today.plusDays(10));
        }
    }

    @Test
    void rectificationOutcomesNeedAnOpenRectification() {
        assertRefused(PlaqueDecision.RECTIFICATION_PASSED, null);
        assertRefused(PlaqueDecision.RECTIFICATION_FAILED, null);
    }

    @Test
    void aRefusedDecisionUndoesTheOthersOfTheSameTransaction() {
        long other = Long.parseLong(fixtures.cobuilding(fixtures.member(), 0));
        transaction.execute(tx -> plaques.decide(other, PlaqueDecision.DELIST, null, "x", "round:9", null, adminId));
        assertThatThrownBy(() -> transaction.execute(tx -> {
            plaques.decide(cobuildingId, PlaqueDecision.AWARD, null, "x", "round:10", null, adminId);
            return plaques.decide(other, PlaqueDecision.AWARD, null, "x", "round:10", null, adminId);
        })).isInstanceOf(PlaqueTransitionException.class);
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(plaqueDate()).isNull();
        assertThat(decisionHistory()).isEmpty();
    }

    @Test
    void aDecisionNeedsASourceRef() {
        assertThatThrownBy(() -> transaction.execute(tx -> plaques.decide(cobuildingId, PlaqueDecision.AWARD, null,
                "x", " ", null, adminId))).isInstanceOf(IllegalArgumentException.class);
        assertThat(status()).isEqualTo("ACTIVE");
    }

    @Test
    void itJoinsTheCallersTransactionAndRefusesToRunWithoutOne() {
        assertThatThrownBy(() -> plaques.decide(cobuildingId, PlaqueDecision.AWARD, null, "x", "round:1", null,
                adminId)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(status()).isEqualTo("ACTIVE");
    }
}
