package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The "done when", end to end through the API: apply, approve, invite, join, withdraw, audit. */
@ApiTest
class CobuildingFlowApiTest extends ApiTestBase {

    @Test
    void jointApplicationBecomesACobuildingThatPeopleJoinAndTheBureauWithdraws() {
        String pioneer = fixtures.member();
        String leadName = Fixtures.unique("先锋大学");
        Map<String, Object> form = Fixtures.jointForm(leadName, 1);

        // The pioneer saves a draft, then submits it.
        Reply draft = api.post("/api/mp/applications", form, pioneer);
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.json().path("status").asString()).isEqualTo("DRAFT");
        String applicationId = draft.json().path("id").asString();
        Reply submitted = api.post("/api/mp/applications/" + applicationId + "/submit", null, pioneer);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().path("submittedAt").asString()).endsWith("+08:00");

        // The bureau finds it in the review list and approves it.
        String bureau = fixtures.admin("BUREAU_ADMIN");
        Reply queue = api.get("/api/admin/applications?status=SUBMITTED&mode=JOINT&unitType=UNIVERSITY&size=100",
                bureau);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(ids(queue.json().path("items"))).contains(applicationId);
        Reply approved = api.post("/api/admin/applications/" + applicationId + "/approve",
                Map.of("comment", "同意共建"), bureau);
        assertThat(approved.status()).isEqualTo(200);
        String cobuildingId = approved.json().path("cobuildingId").asString();
        assertThat(approved.json().path("application").path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().path("application").path("history")).hasSize(3);

        // The pioneer sees the co-building with both units and themself as pioneer.
        Reply mine = api.get("/api/mp/cobuildings", pioneer);
        assertThat(mine.json().path("items").get(0).path("role").asString()).isEqualTo("PIONEER");
        JsonNode detail = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json();
        assertThat(detail.path("name").asString()).startsWith(leadName + "·").endsWith("先锋号");
        assertThat(detail.path("myRole").asString()).isEqualTo("PIONEER");
        assertThat(detail.path("units")).hasSize(2);
        assertThat(detail.path("publicId").asString()).hasSize(22);
        String leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        String partnerUnit = fixtures.unitOf(pioneer, cobuildingId, "PARTNER");

        // A liaison for the partner unit and a member of the lead unit join by code.
        String liaisonCode = fixtures.invitation(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit, 1);
        String liaison = fixtures.member();
        Reply joined = api.post("/api/mp/invitations/join", Map.of("code", liaisonCode.toLowerCase()), liaison);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().path("role").asString()).isEqualTo("UNIT_LIAISON");
        assertThat(joined.json().path("alreadyMember").asBoolean()).isFalse();
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);

        // Joining again is harmless and answers with the existing membership.
        Reply again = api.post("/api/mp/invitations/join", Map.of("code", liaisonCode), liaison);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("alreadyMember").asBoolean()).isTrue();

        JsonNode withMembers = api.get("/api/mp/cobuildings/" + cobuildingId, member).json();
        assertThat(withMembers.path("myRole").asString()).isEqualTo("MEMBER");
        List<String> roles = new ArrayList<>();
        withMembers.path("memberGroups").forEach(group -> group.path("members")
                .forEach(m -> roles.add(group.path("unitId").asString() + ":" + m.path("role").asString())));
        assertThat(roles).containsExactlyInAnyOrder(leadUnit + ":PIONEER", leadUnit + ":MEMBER",
                partnerUnit + ":UNIT_LIAISON");

        // The bureau's unit database records the entry.
        Reply participation = api.get("/api/admin/units/" + leadUnit + "/cobuildings", bureau);
        assertThat(participation.status()).isEqualTo(200);
        assertThat(participation.json().get(0).path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(participation.json().get(0).path("joinedAt").isNull()).isFalse();
        assertThat(participation.json().get(0).path("leftAt").isNull()).isTrue();

        // Withdrawing records the exit with its reason; members still read, nobody writes.
        Reply withdrawn = api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw",
                Map.of("reason", "单位主动申请退出"), bureau);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        JsonNode exit = api.get("/api/admin/units/" + partnerUnit + "/cobuildings", bureau).json().get(0);
        assertThat(exit.path("leftAt").isNull()).isFalse();
        assertThat(exit.path("leftReason").asString()).isEqualTo("单位主动申请退出");
        Reply stillReadable = api.get("/api/mp/cobuildings/" + cobuildingId, member);
        assertThat(stillReadable.status()).isEqualTo(200);
        assertThat(stillReadable.json().path("writable").asBoolean()).isFalse();
        Reply closed = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "MEMBER", "unitId", leadUnit), pioneer);
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("COBUILDING_CLOSED");
        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "再次"), bureau)
                .code()).isEqualTo("COBUILDING_CLOSED");

        // Every admin action is in the audit log, with who and from where.
        String bureauId = fixtures.adminId(bureau);
        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT action, target_id, client_ip FROM audit_log WHERE admin_id = ? ORDER BY id",
                Long.parseLong(bureauId));
        assertThat(audit).extracting(row -> row.get("action"))
                .containsExactly("application.approve", "cobuilding.withdraw");
        assertThat(audit.get(0).get("target_id")).isEqualTo(applicationId);
        assertThat(audit.get(1).get("client_ip")).isEqualTo("127.0.0.1");
    }

    @Test
    void returnedApplicationIsEditedAndResubmittedThenRejected() {
        String applicant = fixtures.member();
        String id = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("研究院"), 0));
        String bureau = fixtures.admin("BUREAU_ADMIN");

        Reply returned = api.post("/api/admin/applications/" + id + "/return", Map.of("comment", "请补充阵地建设计划"),
                bureau);
        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        Reply seen = api.get("/api/mp/applications", applicant);
        assertThat(seen.json().path("items").get(0).path("reviewComment").asString()).isEqualTo("请补充阵地建设计划");

        Map<String, Object> form = Fixtures.jointForm(Fixtures.unique("研究院"), 0);
        form.put("motivation", "已补充阵地建设计划");
        assertThat(api.put("/api/mp/applications/" + id, form, applicant).status()).isEqualTo(200);
        assertThat(api.post("/api/mp/applications/" + id + "/submit", null, applicant).json().path("status")
                .asString()).isEqualTo("SUBMITTED");

        Reply rejected = api.post("/api/admin/applications/" + id + "/reject", Map.of("reason", "不符合申报条件"), bureau);
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("history")).extracting(h -> h.path("toStatus").asString())
                .containsExactly("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "REJECTED");
        assertThat(api.post("/api/admin/applications/" + id + "/approve", Map.of(), bureau).code())
                .isEqualTo("APPLICATION_STATE_CONFLICT");
    }

    @Test
    void applicantMayWithdrawBeforeADecision() {
        String applicant = fixtures.member();
        String id = fixtures.submitted(applicant, Fixtures.jointForm(Fixtures.unique("企业"), 0));

        Reply withdrawn = api.post("/api/mp/applications/" + id + "/withdraw", null, applicant);

        assertThat(withdrawn.json().path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(api.post("/api/admin/applications/" + id + "/approve", Map.of(), fixtures.superAdmin()).status())
                .isEqualTo(409);
    }

    @Test
    void theSameUnitIsNotCreatedTwice() {
        String first = fixtures.member();
        String second = fixtures.member();
        String name = Fixtures.unique("同名大学");
        String firstCobuilding = fixtures.cobuilding(first, 0);
        String leadOfFirst = fixtures.unitOf(first, firstCobuilding, "LEAD");
        // The second applicant picks the first one's lead unit as a partner from the search.
        String unitName = api.get("/api/mp/cobuildings/" + firstCobuilding, first).json().path("units").get(0)
                .path("name").asString();
        Reply search = api.get("/api/mp/units?q=" + java.net.URLEncoder.encode(unitName.substring(0, 4),
                java.nio.charset.StandardCharsets.UTF_8), second);
        assertThat(ids(search.json())).contains(leadOfFirst);

        Map<String, Object> form = Fixtures.jointForm(name, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> partner = ((List<Map<String, Object>>) form.get("partners")).get(0);
        partner.put("unitId", leadOfFirst);
        partner.put("name", unitName);
        String applicationId = fixtures.submitted(second, form);
        String cobuildingId = api.post("/api/admin/applications/" + applicationId + "/approve", Map.of(),
                fixtures.superAdmin()).json().path("cobuildingId").asString();

        assertThat(fixtures.unitOf(second, cobuildingId, "PARTNER")).isEqualTo(leadOfFirst);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM unit WHERE name = ?", Integer.class, unitName))
                .isEqualTo(1);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
