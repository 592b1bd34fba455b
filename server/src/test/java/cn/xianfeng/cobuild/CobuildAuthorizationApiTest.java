package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Members of two co-buildings and every admin role, against every endpoint of this feature: each may do what is
 * theirs and nothing else. Members get 404 for what they may not know exists and 403 for what they see but may not
 * change; admins get 403 outside their role, and a liaison sees only the co-buildings assigned to them.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CobuildAuthorizationApiTest extends ApiTestBase {

    String pioneerA;
    String memberA;
    String cobuildingA;
    String leadUnitA;
    String partnerUnitA;
    String invitationA;
    String applicationA;
    String pioneerB;
    String memberB;
    String cobuildingB;
    String leadUnitB;
    final Map<String, String> adminTokens = new java.util.LinkedHashMap<>();
    String liaisonOfA;
    String otherLiaison;

    @BeforeAll
    void setUp() {
        connect();
        pioneerA = fixtures.member();
        cobuildingA = fixtures.cobuilding(pioneerA, 1);
        leadUnitA = fixtures.unitOf(pioneerA, cobuildingA, "LEAD");
        partnerUnitA = fixtures.unitOf(pioneerA, cobuildingA, "PARTNER");
        memberA = fixtures.joined(pioneerA, cobuildingA, "MEMBER", leadUnitA);
        String code = fixtures.invitation(pioneerA, cobuildingA, "MEMBER", leadUnitA, 5);
        invitationA = jdbc.queryForObject("SELECT id FROM invitation WHERE code = ?", String.class, code);
        applicationA = api.get("/api/mp/applications", pioneerA).json().path("items").get(0).path("id").asString();

        pioneerB = fixtures.member();
        cobuildingB = fixtures.cobuilding(pioneerB, 0);
        leadUnitB = fixtures.unitOf(pioneerB, cobuildingB, "LEAD");
        memberB = fixtures.joined(pioneerB, cobuildingB, "MEMBER", leadUnitB);

        adminTokens.put("SUPER_ADMIN", fixtures.superAdmin());
        for (String role : List.of("BUREAU_ADMIN", "EVALUATOR", "VIEWER")) {
            adminTokens.put(role, fixtures.admin(role));
        }
        liaisonOfA = fixtures.admin("LIAISON");
        otherLiaison = fixtures.admin("LIAISON");
        Reply assigned = api.put("/api/admin/cobuildings/" + cobuildingA + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaisonOfA)), adminTokens.get("BUREAU_ADMIN"));
        assertThat(assigned.status()).isEqualTo(200);
    }

    // --- members ----------------------------------------------------------------------------------------------

    @Test
    void anotherCobuildingsPeopleSeeNothingOfIt() {
        String a = "/api/mp/cobuildings/" + cobuildingA;
        for (String outsider : List.of(pioneerB, memberB)) {
            expect(404, api.get(a, outsider));
            expect(404, api.get(a + "/invitations", outsider));
            expect(404, api.post(a + "/invitations", Map.of("role", "MEMBER", "unitId", leadUnitA), outsider));
            expect(404, api.send("DELETE", a + "/invitations/" + invitationA, null, null, outsider));
            expect(404, api.get(a + "/invitations/" + invitationA + "/wxacode", outsider));
            expect(404, api.send("DELETE", a + "/members/" + fixtures.userId(memberA), null, null, outsider));
            expect(404, api.put(a + "/units/" + partnerUnitA + "/liaison", Map.of("userId", "1"), outsider));
            expect(404, api.get("/api/mp/applications/" + applicationA, outsider));
            assertThat(api.get("/api/mp/cobuildings", outsider).body()).doesNotContain("\"" + cobuildingA + "\"");
        }
    }

    @Test
    void aPioneerCannotReachAnotherCobuildingsInvitationThroughTheirOwn() {
        String throughB = "/api/mp/cobuildings/" + cobuildingB + "/invitations/" + invitationA;
        expect(404, api.send("DELETE", throughB, null, null, pioneerB));
        expect(404, api.get(throughB + "/wxacode", pioneerB));
        expect(404, api.send("DELETE", "/api/mp/cobuildings/" + cobuildingB + "/members/"
                + fixtures.userId(memberA), null, null, pioneerB));
        assertThat(jdbc.queryForObject("SELECT revoked FROM invitation WHERE id = ?", Boolean.class,
                Long.parseLong(invitationA))).isFalse();
    }

    @Test
    void aMemberWhoIsNotThePioneerMayLookButNotManage() {
        String a = "/api/mp/cobuildings/" + cobuildingA;
        expect(200, api.get(a, memberA));
        expect(403, api.get(a + "/invitations", memberA));
        expect(403, api.post(a + "/invitations", Map.of("role", "MEMBER", "unitId", leadUnitA), memberA));
        expect(403, api.send("DELETE", a + "/invitations/" + invitationA, null, null, memberA));
        expect(403, api.get(a + "/invitations/" + invitationA + "/wxacode", memberA));
        expect(403, api.send("DELETE", a + "/members/" + fixtures.userId(pioneerA), null, null, memberA));
        expect(403, api.put(a + "/units/" + partnerUnitA + "/liaison", Map.of("userId", fixtures.userId(memberA)),
                memberA));
        expect(404, api.get("/api/mp/applications/" + applicationA, memberA));
    }

    @Test
    void tokensOpenOnlyTheirOwnSide() {
        expect(401, api.get("/api/admin/cobuildings", pioneerA));
        expect(401, api.get("/api/admin/applications", memberA));
        expect(401, api.get("/api/mp/cobuildings", adminTokens.get("SUPER_ADMIN")));
        expect(401, api.get("/api/mp/cobuildings/" + cobuildingA, null));
    }

    // --- admin roles ------------------------------------------------------------------------------------------

    @Test
    void everyReaderRoleReadsAndALiaisonReadsOnlyItsCobuildings() {
        for (Map.Entry<String, String> admin : adminTokens.entrySet()) {
            String token = admin.getValue();
            expect(200, api.get("/api/admin/applications", token), admin.getKey());
            expect(200, api.get("/api/admin/applications/" + applicationA, token), admin.getKey());
            expect(200, api.get("/api/admin/cobuildings?size=100", token), admin.getKey());
            expect(200, api.get("/api/admin/cobuildings/" + cobuildingB, token), admin.getKey());
            expect(200, api.get("/api/admin/units/" + leadUnitA + "/cobuildings", token), admin.getKey());
        }

        expect(403, api.get("/api/admin/applications", liaisonOfA));
        expect(403, api.get("/api/admin/applications/" + applicationA, liaisonOfA));
        expect(403, api.get("/api/admin/units/" + leadUnitA + "/cobuildings", liaisonOfA));
        List<String> visible = ids(api.get("/api/admin/cobuildings?size=100", liaisonOfA));
        assertThat(visible).containsExactly(cobuildingA);
        expect(200, api.get("/api/admin/cobuildings/" + cobuildingA, liaisonOfA));
        expect(404, api.get("/api/admin/cobuildings/" + cobuildingB, liaisonOfA));
        assertThat(ids(api.get("/api/admin/cobuildings", otherLiaison))).isEmpty();
        expect(404, api.get("/api/admin/cobuildings/" + cobuildingA, otherLiaison));
    }

    @Test
    void onlyTheBureauDecidesAndChanges() {
        String pending = fixtures.submitted(fixtures.member(), Fixtures.jointForm(Fixtures.unique("待审大学"), 0));
        List<String> refused = List.of("EVALUATOR", "VIEWER");
        List<String> tokens = new ArrayList<>(refused.stream().map(adminTokens::get).toList());
        tokens.add(liaisonOfA);
        for (String token : tokens) {
            String a = "/api/admin/applications/" + pending;
            expect(403, api.post(a + "/approve", Map.of(), token));
            expect(403, api.post(a + "/return", Map.of("comment", "请修改"), token));
            expect(403, api.post(a + "/reject", Map.of("reason", "不行"), token));
            expect(403, api.put("/api/admin/cobuildings/" + cobuildingB + "/bureau-liaison",
                    Map.of("adminId", fixtures.adminId(otherLiaison)), token));
            expect(403, api.post("/api/admin/cobuildings/" + cobuildingA + "/withdraw", Map.of("reason", "退出"),
                    token));
        }
        assertThat(api.get("/api/admin/applications/" + pending, adminTokens.get("VIEWER")).json().path("status")
                .asString()).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/admin/cobuildings/" + cobuildingA, adminTokens.get("VIEWER")).json().path("status")
                .asString()).isEqualTo("ACTIVE");
        expect(200, api.post("/api/admin/applications/" + pending + "/return", Map.of("comment", "请补充"),
                adminTokens.get("BUREAU_ADMIN")));
    }

    @Test
    void onlyAnEnabledLiaisonCanBeAssigned() {
        Reply notLiaison = api.put("/api/admin/cobuildings/" + cobuildingB + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(adminTokens.get("VIEWER"))), adminTokens.get("BUREAU_ADMIN"));
        expect(422, notLiaison);
        assertThat(notLiaison.code()).isEqualTo("NOT_A_LIAISON");
    }

    @Test
    void draftsAreTheApplicantsOwnBusiness() {
        String applicant = fixtures.member();
        String draft = api.post("/api/mp/applications", Map.of("mode", "SOLO"), applicant).json().path("id")
                .asString();

        expect(404, api.get("/api/admin/applications/" + draft, adminTokens.get("SUPER_ADMIN")));
        expect(404, api.post("/api/admin/applications/" + draft + "/approve", Map.of(),
                adminTokens.get("SUPER_ADMIN")));
    }

    private static void expect(int status, Reply reply) {
        expect(status, reply, "");
    }

    private static void expect(int status, Reply reply, String who) {
        assertThat(reply.status()).as("%s %s", who, reply.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.isProblem()).isTrue();
        }
    }

    private static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
