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
import tools.jackson.databind.JsonNode;

/** A closed co-building takes no change from anyone; what members see of it; their list is paged. */
@ApiTest
class CobuildingClosedAndViewsApiTest extends ApiTestBase {

    String pioneer;
    String cobuildingId;
    String leadUnit;
    String partnerUnit;
    String bureau;
    String liaisonAdminId;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        leadUnit = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        partnerUnit = fixtures.unitOf(pioneer, cobuildingId, "PARTNER");
        bureau = fixtures.admin("BUREAU_ADMIN");
        liaisonAdminId = fixtures.adminId(fixtures.admin("LIAISON"));
    }

    private Reply assignLiaison(String adminId) {
        return api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison", Map.of("adminId", adminId), bureau);
    }

    @Test
    void everyChangeToAWithdrawnCobuildingIsRefused() {
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", partnerUnit);
        String removed = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);
        String removedId = fixtures.userId(removed);
        assertThat(api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/members/" + removedId, null, null,
                pioneer).status()).isEqualTo(204);
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        String invitationId = jdbc.queryForObject("SELECT id FROM invitation WHERE code = ?", String.class, code);
        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "退出"), bureau)
                .status()).isEqualTo(200);
        String c = "/api/mp/cobuildings/" + cobuildingId;

        List<Reply> refused = new ArrayList<>();
        refused.add(assignLiaison(liaisonAdminId));
        refused.add(api.post(c + "/invitations", Map.of("role", "MEMBER", "unitId", leadUnit), pioneer));
        refused.add(api.send("DELETE", c + "/invitations/" + invitationId, null, null, pioneer));
        refused.add(api.send("DELETE", c + "/members/" + fixtures.userId(member), null, null, pioneer));
        refused.add(api.post(c + "/members/" + removedId + "/readmit", null, pioneer));
        refused.add(api.put(c + "/units/" + partnerUnit + "/liaison", Map.of("userId", fixtures.userId(member)),
                pioneer));
        refused.add(api.post("/api/mp/invitations/join", Map.of("code", code), fixtures.member()));
        refused.add(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "再次"), bureau));

        assertThat(refused).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.body()).isEqualTo(409);
            assertThat(reply.code()).isEqualTo("COBUILDING_CLOSED");
        });
        JsonNode view = api.get("/api/admin/cobuildings/" + cobuildingId, bureau).json();
        assertThat(view.path("bureauLiaison").path("vacant").asBoolean()).isTrue();
        assertThat(view.path("bureauLiaison").has("adminId")).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'cobuilding.assign-liaison' "
                + "AND target_id = ?", Integer.class, cobuildingId)).isZero();
    }

    @Test
    void membersSeeTheBureauLiaisonsNameButNotTheirAdminId() {
        assertThat(assignLiaison(liaisonAdminId).status()).isEqualTo(200);
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);

        for (String token : List.of(pioneer, member)) {
            JsonNode view = api.get("/api/mp/cobuildings/" + cobuildingId, token).json();
            assertThat(view.path("bureauLiaison").path("displayName").asString()).isEqualTo("测试LIAISON");
            assertThat(view.path("bureauLiaison").has("adminId")).isFalse();
            JsonNode line = api.get("/api/mp/cobuildings", token).json().path("items").get(0);
            assertThat(line.path("id").asString()).isEqualTo(cobuildingId);
            assertThat(line.has("bureauLiaisonId")).isFalse();
            assertThat(api.get("/api/mp/cobuildings", token).body()).doesNotContain("\"" + liaisonAdminId + "\"");
        }
        // The bureau still sees whom it assigned.
        assertThat(api.get("/api/admin/cobuildings/" + cobuildingId, bureau).json().path("bureauLiaison")
                .path("adminId").asString()).isEqualTo(liaisonAdminId);
        assertThat(api.get("/api/admin/cobuildings?size=100", bureau).json().path("items").get(0)
                .path("bureauLiaisonId").asString()).isEqualTo(liaisonAdminId);
    }

    @Test
    void aMembersListOfCobuildingsIsPaged() {
        String member = fixtures.member();
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String owner = fixtures.member();
            String other = fixtures.cobuilding(owner, 0);
            String code = fixtures.invitation(owner, other, "MEMBER", fixtures.unitOf(owner, other, "LEAD"), 1);
            assertThat(api.post("/api/mp/invitations/join", Map.of("code", code), member).status()).isEqualTo(200);
            joined.add(other);
        }

        JsonNode first = api.get("/api/mp/cobuildings?page=1&size=2", member).json();
        JsonNode second = api.get("/api/mp/cobuildings?page=2&size=2", member).json();
        JsonNode all = api.get("/api/mp/cobuildings", member).json();

        assertThat(first.path("items")).hasSize(2);
        assertThat(first.path("page").asLong()).isEqualTo(1);
        assertThat(first.path("size").asLong()).isEqualTo(2);
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("page").asLong()).isEqualTo(2);
        List<String> seen = new ArrayList<>();
        first.path("items").forEach(item -> seen.add(item.path("id").asString()));
        second.path("items").forEach(item -> seen.add(item.path("id").asString()));
        // Newest membership first.
        assertThat(seen).containsExactly(joined.get(2), joined.get(1), joined.get(0));
        assertThat(all.path("size").asLong()).isEqualTo(20);
        assertThat(api.get("/api/mp/cobuildings?size=101", member).status()).isEqualTo(422);
    }
}
