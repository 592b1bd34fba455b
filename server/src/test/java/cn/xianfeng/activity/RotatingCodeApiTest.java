package cn.xianfeng.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The rotating code on the organiser's screen changes every 30 s; a check-in with the current code or the one just
 * before is clean, an older one is flagged CODE_MISMATCH. The server's clock is moved between showing and using it.
 */
@ApiTest
@Import(MovableClock.Config.class)
// A context of its own (the movable clock), closed afterwards so it does not hold connections for the whole suite.
@DirtiesContext
class RotatingCodeApiTest extends ApiTestBase {

    @Autowired
    MovableClock clock;
    String pioneer;
    String cobuildingId;
    String activityId;

    @BeforeEach
    void setUp() {
        clock.reset();
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        Map<String, Object> body = ActivityApiTest.activity(5, 120);
        Reply created = api.post(ActivityApiTest.activitiesOf(cobuildingId), body, pioneer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        activityId = created.json().path("id").asString();
        alignToSliceStart();
    }

    /** Three seconds into a slice, so that the code and the check-in (a moment apart) share it. */
    private void alignToSliceStart() {
        long intoSlice = Math.floorMod(clock.instant().getEpochSecond(), 30);
        clock.move(Duration.ofSeconds(Math.floorMod(33 - intoSlice, 30)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theCurrentCodeChecksInCleanly() {
        assertThat(flagsAfter(Duration.ZERO)).isEmpty();
    }

    @Test
    void theCodeOfThePreviousSliceStillChecksInCleanly() {
        assertThat(flagsAfter(Duration.ofSeconds(30))).isEmpty();
    }

    @Test
    void aCodeTwoSlicesOldIsFlaggedNotRefused() {
        assertThat(flagsAfter(Duration.ofSeconds(60))).containsExactly("CODE_MISMATCH");
    }

    @Test
    void theCodeChangesWithTheSliceAndSaysUntilWhenItHolds() {
        Reply first = code();
        OffsetDateTime validUntil = OffsetDateTime.parse(first.json().path("validUntil").asString());
        assertThat(validUntil.toEpochSecond() % 30).isZero();
        assertThat(validUntil.toInstant()).isAfter(clock.instant()).isBefore(clock.instant().plusSeconds(31));
        clock.move(Duration.ofSeconds(30));
        Reply next = code();
        assertThat(next.json().path("code").asString()).isNotEqualTo(first.json().path("code").asString());
        assertThat(OffsetDateTime.parse(next.json().path("validUntil").asString()))
                .isEqualTo(validUntil.plusSeconds(30));
    }

    private List<String> flagsAfter(Duration later) {
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId,
                "LEAD"));
        alignToSliceStart();
        String code = code().json().path("code").asString();
        clock.move(later);
        Reply checkin = api.post(ActivityApiTest.checkinsOf(activityId), Map.of("clientId",
                ActivityApiTest.clientId(), "method", "ROTATING_CODE", "code", code, "location", Map.of("latitude",
                        ActivityApiTest.LAT, "longitude", ActivityApiTest.LNG, "accuracy", 10)), member);
        assertThat(checkin.status()).as(checkin.body()).isEqualTo(201);
        List<String> flags = new ArrayList<>();
        checkin.json().path("flags").forEach(f -> flags.add(f.asString()));
        return flags;
    }

    private Reply code() {
        Reply reply = api.get("/api/mp/activities/" + activityId + "/rotating-code", pioneer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply;
    }
}
