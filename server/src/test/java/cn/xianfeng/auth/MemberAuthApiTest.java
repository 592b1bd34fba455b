package cn.xianfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;

@ApiTest
class MemberAuthApiTest extends ApiTestBase {

    @Autowired
    RedissonClient redisson;

    private static String uniqueCode() {
        return "dev-" + UUID.randomUUID();
    }

    @Test
    void firstLoginCreatesTheMemberAndTheSameCodeIsTheSamePersonAgain() {
        String code = uniqueCode();
        Reply first = api.post("/api/mp/auth/login", Map.of("code", code), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("token").asString()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(OffsetDateTime.parse(first.json().path("expiresAt").asString()).getOffset().getTotalSeconds())
                .isEqualTo(8 * 3600);
        String userId = first.json().path("user").path("id").asString();
        assertThat(userId).matches("\\d+");
        // session_key stays on the server.
        assertThat(first.body()).doesNotContainIgnoringCase("session");

        Reply second = api.post("/api/mp/auth/login", Map.of("code", code), null);
        assertThat(second.json().path("user").path("id").asString()).isEqualTo(userId);
        assertThat(second.json().path("token").asString()).isNotEqualTo(first.json().path("token").asString());

        Map<String, Object> row = jdbc.queryForMap("SELECT openid, unionid, last_login_at FROM app_user WHERE id = ?",
                Long.parseLong(userId));
        assertThat((String) row.get("openid")).startsWith("o").hasSize(28);
        assertThat(row.get("unionid")).isNotNull();
        assertThat(row.get("last_login_at")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE openid = ?", Integer.class,
                row.get("openid"))).isEqualTo(1);
        // ...and is kept in Redis for later decryption.
        assertThat(redisson.getBucket("wx:session-key:" + row.get("openid")).isExists()).isTrue();
    }

    @Test
    void meNeedsAValidMemberToken() {
        String token = api.memberToken(uniqueCode());

        Reply me = api.get("/api/mp/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("id").asString()).matches("\\d+");

        for (String bad : new String[] {null, "not-a-token", token + "x"}) {
            Reply refused = api.get("/api/mp/me", bad);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.code()).isEqualTo("UNAUTHENTICATED");
            assertThat(refused.json().path("title").asString()).isEqualTo("请先登录");
            assertThat(refused.json().path("requestId").asString()).isEqualTo(refused.requestId());
        }
    }

    @Test
    void logoutRevokesTheToken() {
        String token = api.memberToken(uniqueCode());

        assertThat(api.post("/api/mp/auth/logout", null, token).status()).isEqualTo(204);
        assertThat(api.get("/api/mp/me", token).status()).isEqualTo(401);
        assertThat(api.post("/api/mp/auth/logout", null, token).status()).isEqualTo(401);
    }

    @Test
    void memberTokenDoesNotOpenTheAdminApi() {
        String token = api.memberToken(uniqueCode());

        Reply reply = api.get("/api/admin/me", token);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void profileIsUpdatedPartlyAndClearedWithEmptyStrings() {
        String token = api.memberToken(uniqueCode());

        Reply updated = api.put("/api/mp/me", Map.of("nickname", "  科技先锋 ", "realName", "张三"), token);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().path("nickname").asString()).isEqualTo("科技先锋");

        Reply partial = api.put("/api/mp/me", Map.of("realName", "李四"), token);
        assertThat(partial.json().path("nickname").asString()).isEqualTo("科技先锋");
        assertThat(partial.json().path("realName").asString()).isEqualTo("李四");

        api.put("/api/mp/me", Map.of("avatarMediaId", ""), token);
        Reply me = api.get("/api/mp/me", token);
        assertThat(me.json().path("avatarUrl").isNull()).isTrue();
        assertThat(me.json().path("realName").asString()).isEqualTo("李四");
    }

    @Test
    void profileValidationNamesEachBadField() {
        String token = api.memberToken(uniqueCode());
        Map<String, Object> bad = new HashMap<>();
        bad.put("nickname", "长".repeat(21));
        bad.put("avatarMediaId", "javascript:alert(1)");
        bad.put("realName", "x".repeat(21));

        Reply reply = api.put("/api/mp/me", bad, token);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(reply.json().path("errors").path("nickname").asString()).isEqualTo("昵称最多 20 个字");
        assertThat(reply.json().path("errors").path("avatarMediaId").asString()).isEqualTo("头像图片编号不正确");
        assertThat(reply.json().path("errors").path("realName").isMissingNode()).isFalse();
        assertThat(api.get("/api/mp/me", token).json().path("nickname").isNull()).isTrue();
    }

    @Test
    void loginRejectsMissingOrBadCodes() {
        Reply blank = api.post("/api/mp/auth/login", Map.of("code", " "), null);
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().path("errors").has("code")).isTrue();

        Reply tooLong = api.post("/api/mp/auth/login", Map.of("code", "x".repeat(129)), null);
        assertThat(tooLong.status()).isEqualTo(422);

        // The simulator answers 40029 for codes starting with "bad-", as WeChat does for a wrong code.
        Reply rejected = api.post("/api/mp/auth/login", Map.of("code", "bad-code"), null);
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.code()).isEqualTo("WX_CODE_INVALID");
        assertThat(rejected.json().path("title").asString()).isEqualTo("微信登录凭证无效");
    }
}
