package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The join page's look at where a code leads, refused as joining refuses, and the limit on guessing codes. */
@ApiTest
class InvitationPreviewApiTest extends ApiTestBase {

    String pioneer;
    String cobuildingId;
    String leadUnit;
    String partnerUnit;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        partnerUnit = fixtures.unitOf(pioneer, cobuildingId, "PARTNER");
    }

    private Reply preview(String code, String token) {
        return api.get("/api/mp/invitations/" + code + "/preview", token);
    }

    private Reply join(String code, String token) {
        return api.post("/api/mp/invitations/join", Map.of("code", code), token);
    }

    @Test
    void aPreviewNamesTheCobuildingItsLeadUnitItsSizeAndThePioneersNicknameOnly() {
        assertThat(api.put("/api/mp/me", Map.of("nickname", "先锋老王", "realName", "王真名"), pioneer).status())
                .isEqualTo(200);
        Reply detail = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer);
        String leadName = null;
        for (var unit : detail.json().path("units")) {
            if ("LEAD".equals(unit.path("role").asString())) {
                leadName = unit.path("name").asString();
            }
        }
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        String guest = fixtures.member();

        // Typed as people type it; previewing twice uses nothing up.
        Reply first = preview(code.substring(0, 4).toLowerCase() + "-" + code.substring(4), guest);
        Reply second = preview(code, guest);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("cobuildingName").asString()).isEqualTo(detail.json().path("name").asString());
        assertThat(first.json().path("leadUnitName").asString()).isEqualTo(leadName).isNotBlank();
        assertThat(first.json().path("memberCount").asInt()).isEqualTo(1);
        assertThat(first.json().path("pioneerName").asString()).isEqualTo("先锋老王");
        List<String> fields = new ArrayList<>();
        first.json().propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("cobuildingName", "leadUnitName", "memberCount", "pioneerName");
        assertThat(first.body()).doesNotContain("王真名").doesNotContain("13900000000")
                .doesNotContain(fixtures.userId(pioneer));
        assertThat(second.body()).isEqualTo(first.body());

        assertThat(join(code, guest).status()).isEqualTo(200);
        // A member looking again sees themself counted.
        assertThat(preview(code, guest).json().path("memberCount").asInt()).isEqualTo(2);
    }

    @Test
    void aPioneerWithoutANicknameIsShownAsNobody() {
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);

        Reply reply = preview(code, fixtures.member());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("pioneerName").isNull()).isTrue();
    }

    @Test
    void codesThatJoiningRefusesAreRefusedTheSameWay() {
        String guest = fixtures.member();
        assertThat(preview("ABCDEFGH", guest).code()).isEqualTo("INVITATION_NOT_FOUND");
        assertThat(preview("ABCDEFGH", guest).status()).isEqualTo(404);

        String expired = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        jdbc.update("UPDATE invitation SET expires_at = '2020-01-01 00:00:00' WHERE code = ?", expired);
        assertSame(expired, "INVITATION_EXPIRED", 410);

        String revoked = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        String revokedId = jdbc.queryForObject("SELECT id FROM invitation WHERE code = ?", String.class, revoked);
        api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/invitations/" + revokedId, null, null, pioneer);
        assertSame(revoked, "INVITATION_REVOKED", 410);

        String single = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        assertThat(join(single, fixtures.member()).status()).isEqualTo(200);
        assertSame(single, "INVITATION_USED_UP", 410);

        String liaison = fixtures.invitation(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit, 1);
        String second = fixtures.invitation(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit, 1);
        assertThat(join(liaison, fixtures.member()).status()).isEqualTo(200);
        assertSame(second, "UNIT_LIAISON_TAKEN", 409);

        String open = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "测试关闭"),
                fixtures.superAdmin()).status()).isEqualTo(200);
        assertSame(open, "COBUILDING_CLOSED", 409);
    }

    /** Preview and join give one answer for the code, each to a fresh member. */
    private void assertSame(String code, String expectedCode, int expectedStatus) {
        Reply previewed = preview(code, fixtures.member());
        Reply joined = join(code, fixtures.member());
        assertThat(previewed.status()).as(expectedCode).isEqualTo(expectedStatus);
        assertThat(previewed.isProblem()).isTrue();
        assertThat(previewed.code()).isEqualTo(expectedCode);
        assertThat(joined.code()).isEqualTo(expectedCode);
        assertThat(joined.status()).isEqualTo(expectedStatus);
    }

    @Test
    void aGuesserIsStoppedOnPreviewAndJoinAlike() {
        String guesser = fixtures.member();
        String good = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        for (int i = 0; i < JoinAttempts.MAX_FAILURES; i++) {
            Reply miss = i % 2 == 0 ? preview("ZZZZZZZ" + (i % 8 + 2), guesser) : join("ZZZZZZZ" + (i % 8 + 2), guesser);
            assertThat(miss.status()).as("miss %d", i).isEqualTo(404);
        }

        // Even the right code waits now, on either door.
        Reply previewed = preview(good, guesser);
        Reply joined = join(good, guesser);
        for (Reply limited : List.of(previewed, joined)) {
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.isProblem()).isTrue();
            assertThat(limited.code()).isEqualTo("INVITATION_RATE_LIMITED");
            assertThat(Long.parseLong(limited.retryAfter())).isBetween(1L, JoinAttempts.WINDOW.toSeconds());
        }
        assertThat(jdbc.queryForObject("SELECT uses FROM invitation WHERE code = ?", Integer.class, good)).isZero();

        // Somebody else is not held up by the guesser, and right codes never count as misses.
        String honest = fixtures.member();
        for (int i = 0; i < JoinAttempts.MAX_FAILURES + 2; i++) {
            assertThat(preview(good, honest).status()).isEqualTo(200);
        }
        assertThat(join(good, honest).status()).isEqualTo(200);
    }

    @Test
    void previewNeedsAMemberToken() {
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        assertThat(preview(code, null).status()).isEqualTo(401);
    }
}
