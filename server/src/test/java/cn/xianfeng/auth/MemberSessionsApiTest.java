package cn.xianfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How a member's sign-ins end: one by logout, all by logout everywhere or by the bureau, each by expiry. */
@ApiTest
class MemberSessionsApiTest extends ApiTestBase {

    @Autowired
    TokenService tokens;

    @Test
    void logoutEverywhereEndsTheOtherPhonesTokenAndThisOne() {
        String code = Fixtures.unique("dev-");
        String lostPhone = api.memberToken(code);
        String phoneInHand = api.memberToken(code);
        String someoneElse = fixtures.member();

        assertThat(api.post("/api/mp/auth/logout-all", null, phoneInHand).status()).isEqualTo(204);

        for (String ended : List.of(lostPhone, phoneInHand)) {
            Reply refused = api.get("/api/mp/me", ended);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(api.get("/api/mp/me", someoneElse).status()).isEqualTo(200);
        // Signing in again afterwards works: only the sign-ins made before are ended.
        assertThat(api.get("/api/mp/me", api.memberToken(code)).status()).isEqualTo(200);
        assertThat(api.post("/api/mp/auth/logout-all", null, lostPhone).status()).isEqualTo(401);
    }

    @Test
    void aTokenDiesWhenItExpires() throws InterruptedException {
        String member = fixtures.member();
        long userId = Long.parseLong(fixtures.userId(member));
        String shortLived = tokens.issue(Audience.MEMBER, userId, Duration.ofSeconds(2)).token();
        assertThat(api.get("/api/mp/me", shortLived).status()).isEqualTo(200);

        Thread.sleep(3_000);

        assertThat(api.get("/api/mp/me", shortLived).status()).isEqualTo(401);
        assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);
    }

    @Test
    void aBureauAdminEndsEveryOneOfAMembersSignInsAndTheAuditLogSaysWho() {
        String code = Fixtures.unique("dev-");
        String first = api.memberToken(code);
        String second = api.memberToken(code);
        String userId = fixtures.userId(first);
        String bureauAdmin = fixtures.admin("BUREAU_ADMIN");
        String adminId = fixtures.adminId(bureauAdmin);

        Reply ended = api.post("/api/admin/members/" + userId + "/sessions/end", null, bureauAdmin);

        assertThat(ended.status()).isEqualTo(204);
        assertThat(api.get("/api/mp/me", first).status()).isEqualTo(401);
        assertThat(api.get("/api/mp/me", second).status()).isEqualTo(401);
        Map<String, Object> row = jdbc.queryForMap("SELECT admin_id, target_type, client_ip FROM audit_log "
                + "WHERE action = 'member.end-sessions' AND target_id = ?", userId);
        assertThat(String.valueOf(row.get("admin_id"))).isEqualTo(adminId);
        assertThat(row.get("target_type")).isEqualTo("app_user");
        assertThat(row.get("client_ip")).isEqualTo("127.0.0.1");
    }

    @Test
    void onlyBureauAdminsEndMembersSignInsAndOnlyOfMembersThatExist() {
        String member = fixtures.member();
        String userId = fixtures.userId(member);

        for (String role : List.of("VIEWER", "EVALUATOR", "LIAISON")) {
            Reply refused = api.post("/api/admin/members/" + userId + "/sessions/end", null, fixtures.admin(role));
            assertThat(refused.status()).as(role).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(api.post("/api/admin/members/" + userId + "/sessions/end", null, member).status())
                .isEqualTo(401);
        assertThat(api.get("/api/mp/me", member).status()).isEqualTo(200);

        Reply unknown = api.post("/api/admin/members/987654321/sessions/end", null, fixtures.admin("BUREAU_ADMIN"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'member.end-sessions' "
                + "AND target_id IN (?, '987654321')", Integer.class, userId)).isZero();
        // SUPER_ADMIN passes every role check.
        assertThat(api.post("/api/admin/members/" + userId + "/sessions/end", null, fixtures.superAdmin()).status())
                .isEqualTo(204);
    }
}
