package cn.xianfeng.admin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.AdminAccounts.Account;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

@ApiTest
class AdminAuditLogApiTest extends ApiTestBase {

    private static String encode(OffsetDateTime time) {
        return URLEncoder.encode(time.toString(), StandardCharsets.UTF_8);
    }

    /** A SUPER_ADMIN of its own, so its entries can be told apart from every other test's. */
    private Account actorWithThreeWrites() {
        Account actor = admins.create(AdminRole.SUPER_ADMIN);
        Account target = admins.create(AdminRole.VIEWER);
        api.post("/api/admin/accounts/" + target.id() + "/disable", null, actor.token());
        api.post("/api/admin/accounts/" + target.id() + "/enable", null, actor.token());
        api.put("/api/admin/accounts/" + target.id() + "/roles", Map.of("roles", List.of("EVALUATOR")),
                actor.token());
        return actor;
    }

    @Test
    void showsEachWriteWithWhoWhatAndWhereNewestFirst() {
        Account actor = actorWithThreeWrites();
        String bureau = admins.create(AdminRole.BUREAU_ADMIN).token();

        Reply reply = api.get("/api/admin/audit-log?adminId=" + actor.id(), bureau);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("total").asLong()).isEqualTo(3);
        JsonNode items = body.path("items");
        assertThat(items).extracting(item -> item.path("action").asString())
                .containsExactly("admin.roles", "admin.enable", "admin.disable");
        JsonNode newest = items.get(0);
        assertThat(newest.path("id").asString()).matches("\\d+");
        assertThat(newest.path("adminId").asString()).isEqualTo(String.valueOf(actor.id()));
        assertThat(newest.path("adminUsername").asString()).isEqualTo(actor.username());
        assertThat(newest.path("targetType").asString()).isEqualTo("admin_account");
        assertThat(newest.path("targetId").asString()).matches("\\d+");
        assertThat(newest.path("summary").asString()).contains("EVALUATOR");
        assertThat(newest.path("clientIp").asString()).isEqualTo("127.0.0.1");
        assertThat(newest.path("createdAt").asString()).endsWith("+08:00");
    }

    @Test
    void filtersByActionTargetAndTime() {
        Account actor = actorWithThreeWrites();
        String token = actor.token();
        String base = "/api/admin/audit-log?adminId=" + actor.id();

        JsonNode disables = api.get(base + "&action=admin.disable", token).json();
        assertThat(disables.path("total").asLong()).isEqualTo(1);
        JsonNode disable = disables.path("items").get(0);
        String targetId = disable.path("targetId").asString();

        assertThat(api.get(base + "&targetType=admin_account&targetId=" + targetId, token).json()
                .path("total").asLong()).isEqualTo(3);
        assertThat(api.get(base + "&targetType=unit", token).json().path("total").asLong()).isZero();

        OffsetDateTime at = OffsetDateTime.parse(disable.path("createdAt").asString());
        JsonNode fromDisable = api.get(base + "&from=" + encode(at), token).json();
        assertThat(fromDisable.path("items")).extracting(item -> item.path("action").asString())
                .contains("admin.disable");
        JsonNode beforeDisable = api.get(base + "&to=" + encode(at), token).json();
        assertThat(beforeDisable.path("items")).extracting(item -> item.path("action").asString())
                .doesNotContain("admin.disable", "admin.enable", "admin.roles");
        // The same moment written in UTC is the same moment.
        JsonNode utc = api.get(base + "&from=" + encode(at.withOffsetSameInstant(java.time.ZoneOffset.UTC))
                + "&to=" + encode(at.plusNanos(1_000_000)), token).json();
        assertThat(utc.path("items")).extracting(item -> item.path("action").asString())
                .containsExactly("admin.disable");

        JsonNode paged = api.get(base + "&page=2&size=2", token).json();
        assertThat(paged.path("items").size()).isEqualTo(1);
        assertThat(paged.path("items").get(0).path("action").asString()).isEqualTo("admin.disable");
    }

    @Test
    void badTimesAreValidationProblemsNamingTheParameter() {
        String token = admins.superToken();
        for (String bad : List.of("yesterday", "2026-13-01T00:00:00%2B08:00")) {
            Reply reply = api.get("/api/admin/audit-log?from=" + bad, token);
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(reply.json().path("errors").path("from").asString()).startsWith("应为带时区的时间");
            assertThat(reply.body()).doesNotContain("Exception", "springframework");
        }
        assertThat(api.get("/api/admin/audit-log?to=nope", token).json().path("errors").has("to")).isTrue();
        assertThat(api.get("/api/admin/audit-log?adminId=someone", token).json().path("errors").path("adminId")
                .asString()).isEqualTo("应为整数");
    }

    @Test
    void onlySuperAndBureauAdminsReadIt() {
        assertThat(api.get("/api/admin/audit-log", admins.superToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/audit-log", admins.create(AdminRole.BUREAU_ADMIN).token()).status())
                .isEqualTo(200);
        for (AdminRole role : List.of(AdminRole.EVALUATOR, AdminRole.LIAISON, AdminRole.VIEWER)) {
            Reply reply = api.get("/api/admin/audit-log", admins.create(role).token());
            assertThat(reply.status()).as(role.name()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("FORBIDDEN");
        }
    }
}
