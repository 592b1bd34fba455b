package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Downloads;
import cn.xianfeng.support.Downloads.Download;
import cn.xianfeng.support.Fixtures;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The unit database as a spreadsheet, downloaded over HTTP and read back with Apache POI. */
@ApiTest
class UnitExportApiTest extends ApiTestBase {

    @Test
    void everyUnitWithEachParticipationItsRoleEntryAndExit() {
        String pioneer = fixtures.member();
        String cobuilding = fixtures.cobuilding(pioneer, 1);
        JsonNode view = api.get("/api/mp/cobuildings/" + cobuilding, pioneer).json();
        String name = view.path("name").asString();
        String lead = unitName(view, "LEAD");
        String partner = unitName(view, "PARTNER");
        Reply withdrawn = api.post("/api/admin/cobuildings/" + cobuilding + "/withdraw", Map.of("reason", "单位调整"),
                fixtures.superAdmin());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        String alone = Fixtures.unique("独立研究所");
        jdbc.update("INSERT INTO unit (name, type, credit_code) VALUES (?, 'INSTITUTE', NULL)", alone);
        String merged = Fixtures.unique("重复单位");
        jdbc.update("INSERT INTO unit (name, type, merged_into_id) SELECT ?, 'OTHER', MIN(id) FROM unit", merged);

        String viewer = fixtures.admin("VIEWER");
        Download file = Downloads.get(port, "/api/admin/units.xlsx", viewer);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = file.header("Content-Disposition");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8))
                .isEqualTo("单位库_" + LocalDate.now(ZoneId.of("Asia/Shanghai")) + ".xlsx");
        List<List<String>> rows = file.rows();
        assertThat(rows.get(0)).containsExactly("单位名称", "单位类型", "统一社会信用代码", "党组织名称", "先锋号",
                "先锋号状态", "角色", "加入日期", "退出日期", "退出原因");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(rows).filteredOn(r -> r.get(0).equals(lead)).containsExactly(List.of(lead, "高校", "",
                lead + "党委", name, "已退出", "牵头单位", today, today, "单位调整"));
        assertThat(rows).filteredOn(r -> r.get(0).equals(partner)).containsExactly(List.of(partner, "科技企业", "",
                partner + "党委", name, "已退出", "共建单位", today, today, "单位调整"));
        assertThat(rows).filteredOn(r -> r.get(0).equals(alone))
                .containsExactly(List.of(alone, "科研院所", "", "", "", "", "", "", "", ""));
        assertThat(rows).noneMatch(r -> r.get(0).equals(merged));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'export.units' AND admin_id = ?",
                Integer.class, Long.parseLong(fixtures.adminId(viewer)))).isEqualTo(1);
    }

    @Test
    void aLiaisonMayNotExportTheUnitDatabase() {
        Download refused = Downloads.get(port, "/api/admin/units.xlsx", fixtures.admin("LIAISON"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asString()).isNotBlank();
        assertThat(refused.header("Content-Disposition")).isNull();
    }

    static String unitName(JsonNode cobuilding, String role) {
        for (JsonNode unit : cobuilding.path("units")) {
            if (unit.path("role").asString().equals(role)) {
                return unit.path("name").asString();
            }
        }
        throw new IllegalStateException("no " + role + " unit");
    }
}
