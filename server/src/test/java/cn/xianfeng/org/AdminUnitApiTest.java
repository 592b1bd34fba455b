package cn.xianfeng.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The unit database as bureau staff use it: listing, looking up and correcting units. */
@ApiTest
class AdminUnitApiTest extends ApiTestBase {

    UnitFixtures units;
    String bureauToken;

    @BeforeEach
    void setUp() {
        units = new UnitFixtures(jdbc);
        bureauToken = admins.create(AdminRole.BUREAU_ADMIN).token();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> edit(String name, String type, String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("type", type);
        body.put("partyOrgName", "新党委");
        body.put("creditCode", creditCode);
        body.put("address", "福州市仓山区");
        body.put("contactName", "李联络");
        body.put("contactPhone", "+86 138-0000-0000");
        return body;
    }

    @Test
    void listShowsLiveUnitsFilteredByTextAndType() {
        String marker = unique("列表");
        String code = UnitFixtures.newCreditCode();
        long university = units.insert(marker + "大学", UnitType.UNIVERSITY, code);
        long enterprise = units.insert(marker + "科技有限公司", UnitType.ENTERPRISE, null);
        long merged = units.insert(marker + "大学（重复）", UnitType.UNIVERSITY, null);
        jdbc.update("UPDATE unit SET merged_into_id = ? WHERE id = ?", university, merged);

        Reply reply = api.get("/api/admin/units?q=" + marker, bureauToken);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("total").asLong()).isEqualTo(2);
        assertThat(body.path("items")).extracting(item -> item.path("id").asString())
                .containsExactly(String.valueOf(enterprise), String.valueOf(university));
        JsonNode first = body.path("items").get(1);
        assertThat(first.path("name").asString()).isEqualTo(marker + "大学");
        assertThat(first.path("type").asString()).isEqualTo("UNIVERSITY");
        assertThat(first.path("partyOrgName").asString()).isEqualTo(marker + "大学党委");
        assertThat(first.path("creditCode").asString()).isEqualTo(code);
        assertThat(first.path("address").asString()).isEqualTo("福州市鼓楼区");
        assertThat(first.path("contactName").asString()).isEqualTo("王联络");
        assertThat(first.path("contactPhone").asString()).isEqualTo("0591-8888 0000");
        assertThat(first.path("createdAt").asString()).endsWith("+08:00");

        JsonNode universities = api.get("/api/admin/units?q=" + marker + "&type=UNIVERSITY", bureauToken).json();
        assertThat(universities.path("items")).extracting(item -> item.path("id").asString())
                .containsExactly(String.valueOf(university));

        JsonNode paged = api.get("/api/admin/units?q=" + marker + "&page=2&size=1", bureauToken).json();
        assertThat(paged.path("page").asLong()).isEqualTo(2);
        assertThat(paged.path("size").asLong()).isEqualTo(1);
        assertThat(paged.path("items").get(0).path("id").asString()).isEqualTo(String.valueOf(university));
    }

    @Test
    void listRejectsBadParameters() {
        assertThat(api.get("/api/admin/units?type=CASTLE", bureauToken).status()).isEqualTo(422);
        Reply tooLong = api.get("/api/admin/units?q=" + "长".repeat(51), bureauToken);
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(api.get("/api/admin/units?size=101", bureauToken).status()).isEqualTo(422);
        assertThat(api.get("/api/admin/units?page=0", bureauToken).status()).isEqualTo(422);
    }

    @Test
    void oneUnitShowsWhereItWasMergedInto() {
        long survivor = units.insert(unique("保留"), UnitType.INSTITUTE, null);
        long duplicate = units.insert(unique("重复"), UnitType.INSTITUTE, null);
        jdbc.update("UPDATE unit SET merged_into_id = ? WHERE id = ?", survivor, duplicate);

        JsonNode live = api.get("/api/admin/units/" + survivor, bureauToken).json();
        JsonNode merged = api.get("/api/admin/units/" + duplicate, bureauToken).json();

        assertThat(live.path("id").asString()).isEqualTo(String.valueOf(survivor));
        assertThat(live.path("type").asString()).isEqualTo("INSTITUTE");
        assertThat(live.path("mergedIntoId").isNull()).isTrue();
        assertThat(merged.path("mergedIntoId").asString()).isEqualTo(String.valueOf(survivor));
    }

    @Test
    void unknownUnitsAre404() {
        long missing = 876_543_210L;
        List<Reply> replies = List.of(
                api.get("/api/admin/units/" + missing, bureauToken),
                api.put("/api/admin/units/" + missing, edit("某单位", "OTHER", null), bureauToken));
        for (Reply reply : replies) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("NOT_FOUND");
        }
        assertThat(api.get("/api/admin/units/abc", bureauToken).status()).isEqualTo(404);
    }

    @Test
    void updateReplacesEveryFieldAndIsAudited() {
        long id = units.insert(unique("旧名"), UnitType.OTHER, UnitFixtures.newCreditCode());
        String newName = unique("新名");
        String newCode = UnitFixtures.newCreditCode();

        Reply reply = api.put("/api/admin/units/" + id, edit("  " + newName + " ", "ENTERPRISE",
                newCode.toLowerCase()), bureauToken);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("name").asString()).isEqualTo(newName);
        assertThat(body.path("type").asString()).isEqualTo("ENTERPRISE");
        assertThat(body.path("creditCode").asString()).isEqualTo(newCode);
        assertThat(body.path("contactPhone").asString()).isEqualTo("+86 138-0000-0000");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM unit WHERE id = ?", id);
        assertThat(row.get("name")).isEqualTo(newName);
        assertThat(row.get("type")).isEqualTo("ENTERPRISE");
        assertThat(row.get("credit_code")).isEqualTo(newCode);
        assertThat(row.get("party_org_name")).isEqualTo("新党委");
        assertThat(row.get("address")).isEqualTo("福州市仓山区");
        assertThat(row.get("contact_name")).isEqualTo("李联络");

        Map<String, Object> audit = jdbc.queryForMap("SELECT * FROM audit_log WHERE action = 'unit.update' "
                + "AND target_id = ? ORDER BY id DESC LIMIT 1", String.valueOf(id));
        assertThat(audit.get("target_type")).isEqualTo("unit");
        assertThat(audit.get("client_ip")).isEqualTo("127.0.0.1");
        assertThat((String) audit.get("summary")).contains("name", newName, "creditCode", newCode);
    }

    @Test
    void updateClearsOptionalFieldsSentEmpty() {
        long id = units.insert(unique("清空"), UnitType.UNIVERSITY, UnitFixtures.newCreditCode());
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("清空后"));
        body.put("type", "UNIVERSITY");
        body.put("partyOrgName", "");
        body.put("creditCode", null);

        Reply reply = api.put("/api/admin/units/" + id, body, bureauToken);

        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM unit WHERE id = ?", id);
        assertThat(row.get("party_org_name")).isNull();
        assertThat(row.get("credit_code")).isNull();
        assertThat(row.get("address")).isNull();
        assertThat(row.get("contact_name")).isNull();
        assertThat(row.get("contact_phone")).isNull();
    }

    @Test
    void updateValidatesItsFields() {
        long id = units.insert(unique("校验"), UnitType.OTHER, null);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "名".repeat(101));
        body.put("partyOrgName", "党".repeat(101));
        body.put("creditCode", "91350100M000100Y44");
        body.put("address", "址".repeat(201));
        body.put("contactName", "人".repeat(33));
        body.put("contactPhone", "call me");

        Reply reply = api.put("/api/admin/units/" + id, body, bureauToken);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.path("creditCode").asString()).contains("校验码");
        for (String field : List.of("name", "type", "partyOrgName", "address", "contactName", "contactPhone")) {
            assertThat(errors.has(field)).as(field).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, id)).startsWith("校验");

        Map<String, Object> blankName = edit(" ", "OTHER", null);
        assertThat(api.put("/api/admin/units/" + id, blankName, bureauToken).json().path("errors").has("name"))
                .isTrue();
        Reply badType = api.put("/api/admin/units/" + id, edit("名称", "CASTLE", null), bureauToken);
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.json().path("errors").path("type").asString()).startsWith("应为以下之一：");
    }

    @Test
    void theKnownGoodCreditCodeIsAccepted() {
        jdbc.update("UPDATE unit SET credit_code = NULL WHERE credit_code = '91350100M000100Y43'");
        long id = units.insert(unique("样例"), UnitType.ENTERPRISE, null);

        Reply reply = api.put("/api/admin/units/" + id, edit(unique("样例"), "ENTERPRISE", "91350100M000100Y43"),
                bureauToken);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(units.creditCodeOf(id)).isEqualTo("91350100M000100Y43");
        jdbc.update("UPDATE unit SET credit_code = NULL WHERE id = ?", id);
    }

    @Test
    void anotherUnitsCreditCodeIs409AndChangesNothing() {
        String code = UnitFixtures.newCreditCode();
        long holder = units.insert(unique("持有者"), UnitType.ENTERPRISE, code);
        String originalName = unique("另一家");
        long other = units.insert(originalName, UnitType.ENTERPRISE, null);
        int auditsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_id = ?", Integer.class,
                String.valueOf(other));

        Reply reply = api.put("/api/admin/units/" + other, edit(unique("改名"), "ENTERPRISE", code), bureauToken);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("CREDIT_CODE_TAKEN");
        assertThat(reply.json().path("title").asString()).isEqualTo("统一社会信用代码已被其他单位使用");
        assertThat(reply.json().path("detail").asString()).contains(String.valueOf(holder));
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, other))
                .isEqualTo(originalName);
        assertThat(units.creditCodeOf(other)).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_id = ?", Integer.class,
                String.valueOf(other))).isEqualTo(auditsBefore);
        // Keeping one's own code is no conflict.
        assertThat(api.put("/api/admin/units/" + holder, edit(unique("持有者"), "ENTERPRISE", code), bureauToken)
                .status()).isEqualTo(200);
    }

    @Test
    void aMergedUnitIsNotEdited() {
        long survivor = units.insert(unique("保留"), UnitType.OTHER, null);
        long duplicate = units.insert(unique("已合并"), UnitType.OTHER, null);
        jdbc.update("UPDATE unit SET merged_into_id = ? WHERE id = ?", survivor, duplicate);

        Reply reply = api.put("/api/admin/units/" + duplicate, edit(unique("改"), "OTHER", null), bureauToken);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("UNIT_MERGED");
        assertThat(reply.json().path("title").asString()).isEqualTo("单位已被合并");
    }

    @Test
    void viewerReadsButCannotWrite() {
        String viewer = admins.create(AdminRole.VIEWER).token();
        long id = units.insert(unique("只读"), UnitType.OTHER, null);
        long other = units.insert(unique("只读二"), UnitType.OTHER, null);

        assertThat(api.get("/api/admin/units", viewer).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/units/" + id, viewer).status()).isEqualTo(200);
        Reply put = api.put("/api/admin/units/" + id, edit(unique("改"), "OTHER", null), viewer);
        Reply merge = api.post("/api/admin/units/" + id + "/merge", Map.of("intoUnitId", other), viewer);
        for (Reply reply : List.of(put, merge)) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(units.mergedIntoOf(id)).isNull();
        assertThat(jdbc.queryForObject("SELECT name FROM unit WHERE id = ?", String.class, id)).startsWith("只读");
    }

    @Test
    void liaisonMayNotSeeTheUnitDatabase() {
        String liaison = admins.create(AdminRole.LIAISON).token();
        long id = units.insert(unique("联络"), UnitType.OTHER, null);

        assertThat(api.get("/api/admin/units", liaison).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/units/" + id, liaison).status()).isEqualTo(403);
        // A role check comes before the lookup: a stranger learns nothing from 403 versus 404.
        assertThat(api.get("/api/admin/units/876543210", liaison).status()).isEqualTo(403);
    }

    @Test
    void withoutATokenIs401() {
        assertThat(api.get("/api/admin/units", null).status()).isEqualTo(401);
    }
}
