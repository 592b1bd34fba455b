package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.support.AdminAccounts.Account;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A bureau liaison's assignment, and the direct chats that rest on it, end with the LIAISON role or the account. */
@ApiTest
class LiaisonVacancyApiTest extends ApiTestBase {

    private static final String DIRECT = "/api/mp/conversations/direct";

    String pioneer;
    String member;
    String cobuildingId;
    Account liaisonAccount;
    String liaison;
    String liaisonId;
    String direct;
    long liaisonSeq;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        // A liaison who also reads as a VIEWER: without LIAISON they still pass the admin side's door.
        liaisonAccount = admins.create(AdminRole.LIAISON, AdminRole.VIEWER);
        liaison = liaisonAccount.token();
        liaisonId = fixtures.adminId(liaison);
        assertThat(api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison", Map.of("adminId", liaisonId),
                fixtures.superAdmin()).status()).isEqualTo(200);

        Reply opened = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member);
        assertThat(opened.status()).isEqualTo(201);
        direct = opened.json().path("id").asString();
        assertThat(memberSends("请问材料交给谁？").status()).isEqualTo(201);
        Reply answer = liaisonSends(liaison, "交给我就行");
        assertThat(answer.status()).isEqualTo(201);
        liaisonSeq = answer.json().path("seq").asLong();
    }

    private Reply memberSends(String text) {
        return api.post("/api/mp/conversations/" + direct + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), member);
    }

    private Reply liaisonSends(String token, String text) {
        return api.post("/api/admin/conversations/" + direct + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token);
    }

    private Reply liaisonRecalls(String token) {
        return api.post("/api/admin/conversations/" + direct + "/messages/" + liaisonSeq + "/recall", null, token);
    }

    private void assertVacant(String expectedReason) {
        JsonNode seenByMember = api.get("/api/mp/cobuildings/" + cobuildingId, member).json().path("bureauLiaison");
        assertThat(seenByMember.path("vacant").asBoolean()).isTrue();
        assertThat(seenByMember.path("displayName").asString()).isEqualTo("局联络员待指派");
        JsonNode seenByBureau = api.get("/api/admin/cobuildings/" + cobuildingId, fixtures.superAdmin()).json();
        assertThat(seenByBureau.path("bureauLiaison").path("vacant").asBoolean()).isTrue();
        assertThat(seenByBureau.path("bureauLiaison").has("adminId")).as("no admin id while vacant").isFalse();
        assertThat(seenByBureau.path("history").findValuesAsString("reason")).contains(expectedReason);

        boolean listedAsVacant = false;
        for (JsonNode line : api.get("/api/admin/cobuildings?liaisonVacant=true&size=100", fixtures.superAdmin())
                .json().path("items")) {
            assertThat(line.path("bureauLiaisonVacant").asBoolean()).isTrue();
            listedAsVacant |= cobuildingId.equals(line.path("id").asString());
        }
        assertThat(listedAsVacant).isTrue();
        for (JsonNode line : api.get("/api/admin/cobuildings?liaisonVacant=false&size=100", fixtures.superAdmin())
                .json().path("items")) {
            assertThat(line.path("id").asString()).isNotEqualTo(cobuildingId);
        }
    }

    private void assertMemberCanNeitherOpenNorWrite() {
        Reply open = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member);
        assertThat(open.status()).isEqualTo(409);
        assertThat(open.code()).isEqualTo("NO_BUREAU_LIAISON");
        Reply write = memberSends("还在吗？");
        assertThat(write.status()).isEqualTo(409);
        assertThat(write.code()).isEqualTo("LIAISON_UNASSIGNED");
        assertThat(write.isProblem()).isTrue();
        JsonNode line = api.get("/api/mp/conversations/" + direct, member).json();
        assertThat(line.path("writable").asBoolean()).isFalse();
        // The history stays readable.
        assertThat(api.get("/api/mp/conversations/" + direct + "/messages?afterSeq=0", member).body())
                .contains("交给我就行");
    }

    @Test
    void losingTheLiaisonRoleVacatesTheAssignmentAndClosesItsDirectChats() {
        Reply changed = api.put("/api/admin/accounts/" + liaisonId + "/roles", Map.of("roles", List.of("VIEWER")),
                fixtures.superAdmin());
        assertThat(changed.status()).isEqualTo(200);

        assertVacant("局共建联络员已不再担任该角色，局联络员待指派");
        assertMemberCanNeitherOpenNorWrite();
        // A removed role ends the sign-ins made while it was held; signed in again, the admin is no liaison here.
        assertThat(liaisonSends(liaison, "我再说一句").status()).isEqualTo(401);
        liaison = admins.login(liaisonAccount.username(), liaisonAccount.password());
        Reply write = liaisonSends(liaison, "我再说一句");
        assertThat(write.status()).isEqualTo(409);
        assertThat(write.code()).isEqualTo("LIAISON_UNASSIGNED");
        Reply recall = liaisonRecalls(liaison);
        assertThat(recall.status()).isEqualTo(409);
        assertThat(recall.code()).isEqualTo("LIAISON_UNASSIGNED");
        // Nor the group of the co-building they no longer follow.
        String group = api.get("/api/admin/cobuildings/" + cobuildingId + "/conversation", fixtures.superAdmin())
                .json().path("id").asString();
        assertThat(api.post("/api/admin/conversations/" + group + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "大家好"), liaison)
                .status()).isEqualTo(403);

        // Granting the role back assigns nothing by itself; assigning again reopens the chat.
        api.put("/api/admin/accounts/" + liaisonId + "/roles", Map.of("roles", List.of("VIEWER", "LIAISON")),
                fixtures.superAdmin());
        assertThat(memberSends("还在吗？").code()).isEqualTo("LIAISON_UNASSIGNED");
        api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison", Map.of("adminId", liaisonId),
                fixtures.superAdmin());
        assertThat(memberSends("又能联系上了").status()).isEqualTo(201);
        assertThat(api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member).status()).isEqualTo(200);
    }

    @Test
    void disablingTheLiaisonVacatesTheAssignmentAndClosesItsDirectChats() {
        assertThat(api.post("/api/admin/accounts/" + liaisonId + "/disable", null, fixtures.superAdmin()).status())
                .isEqualTo(200);

        assertVacant("局共建联络员账号已停用，局联络员待指派");
        assertMemberCanNeitherOpenNorWrite();
        assertThat(liaisonSends(liaison, "我再说一句").status()).isEqualTo(401);

        // Enabled again, they are still not this co-building's liaison until the bureau assigns them.
        assertThat(api.post("/api/admin/accounts/" + liaisonId + "/enable", null, fixtures.superAdmin()).status())
                .isEqualTo(200);
        String again = admins.login(liaisonAccount.username(), liaisonAccount.password());
        Reply write = liaisonSends(again, "我回来了");
        assertThat(write.status()).isEqualTo(409);
        assertThat(write.code()).isEqualTo("LIAISON_UNASSIGNED");
        assertThat(liaisonRecalls(again).code()).isEqualTo("LIAISON_UNASSIGNED");
        assertThat(memberSends("还在吗？").code()).isEqualTo("LIAISON_UNASSIGNED");
    }

    @Test
    void anAssignedAdminWithoutTheRoleCannotBeReachedEvenBeforeTheVacancyIsRecorded() {
        // The role taken away behind the service's back: the chat checks the role itself, not only the assignment.
        jdbc.update("DELETE FROM admin_account_role WHERE admin_id = ? AND role = 'LIAISON'",
                Long.parseLong(liaisonId));

        Reply open = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member);
        assertThat(open.status()).isEqualTo(409);
        assertThat(open.code()).isEqualTo("LIAISON_UNASSIGNED");
        assertThat(memberSends("还在吗？").code()).isEqualTo("LIAISON_UNASSIGNED");
        assertThat(liaisonSends(liaison, "我再说一句").code()).isEqualTo("LIAISON_UNASSIGNED");
    }

    @Test
    void aLiaisonWhoKeepsTheRoleKeepsTheAssignment() {
        api.put("/api/admin/accounts/" + liaisonId + "/roles", Map.of("roles", List.of("LIAISON")),
                fixtures.superAdmin());

        JsonNode liaisonSeen = api.get("/api/mp/cobuildings/" + cobuildingId, member).json().path("bureauLiaison");
        assertThat(liaisonSeen.path("vacant").asBoolean()).isFalse();
        assertThat(liaisonSeen.path("displayName").asString()).isEqualTo("测试LIAISON");
        assertThat(memberSends("还在吗？").status()).isEqualTo(201);
        // Dropping VIEWER ended the old sign-in; the new one still answers in the chat.
        String again = admins.login(liaisonAccount.username(), liaisonAccount.password());
        assertThat(liaisonSends(again, "在").status()).isEqualTo(201);
    }
}
