package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** Invitations, joining and the pioneer's tools, including every way an invitation can fail. */
@ApiTest
class MembershipApiTest extends ApiTestBase {

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

    private Reply join(String code, String token) {
        return api.post("/api/mp/invitations/join", Map.of("code", code), token);
    }

    @Test
    void anInvitationShowsItsStateAndCodesAreTypedForgivingly() {
        Reply created = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "MEMBER", "unitId", leadUnit, "validDays", 3, "maxUses", 2), pioneer);
        assertThat(created.status()).isEqualTo(201);
        String code = created.json().path("code").asString();
        assertThat(code).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}");
        assertThat(created.json().path("usable").asBoolean()).isTrue();

        String typed = code.substring(0, 4).toLowerCase() + " - " + code.substring(4);
        assertThat(join(typed, fixtures.member()).status()).isEqualTo(200);

        Reply list = api.get("/api/mp/cobuildings/" + cobuildingId + "/invitations", pioneer);
        assertThat(list.json().path("items").get(0).path("uses").asInt()).isEqualTo(1);
    }

    @Test
    void unknownExpiredRevokedAndUsedUpCodesAreRefused() {
        assertThat(join("ABCDEFGH", fixtures.member()).code()).isEqualTo("INVITATION_NOT_FOUND");
        assertThat(join("ABCDEFGH", fixtures.member()).status()).isEqualTo(404);

        String expired = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        jdbc.update("UPDATE invitation SET expires_at = '2020-01-01 00:00:00' WHERE code = ?", expired);
        Reply late = join(expired, fixtures.member());
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.code()).isEqualTo("INVITATION_EXPIRED");

        String revoked = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 5);
        String revokedId = jdbc.queryForObject("SELECT id FROM invitation WHERE code = ?", String.class, revoked);
        assertThat(api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/invitations/" + revokedId, null, null,
                pioneer).status()).isEqualTo(204);
        assertThat(join(revoked, fixtures.member()).code()).isEqualTo("INVITATION_REVOKED");

        String single = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        assertThat(join(single, fixtures.member()).status()).isEqualTo(200);
        Reply usedUp = join(single, fixtures.member());
        assertThat(usedUp.status()).isEqualTo(410);
        assertThat(usedUp.code()).isEqualTo("INVITATION_USED_UP");
    }

    @Test
    void aPartnerUnitHasAtMostOneLiaison() {
        fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit);
        String second = fixtures.invitation(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit, 1);

        Reply reply = join(second, fixtures.member());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("UNIT_LIAISON_TAKEN");
        Reply leadLiaison = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "UNIT_LIAISON", "unitId", leadUnit), pioneer);
        assertThat(leadLiaison.code()).isEqualTo("LIAISON_ONLY_FOR_PARTNER");
        Reply manyUses = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "UNIT_LIAISON", "unitId", partnerUnit, "maxUses", 20), pioneer);
        assertThat(manyUses.json().path("maxUses").asInt()).isEqualTo(1);
    }

    @Test
    void thereIsExactlyOnePioneer() {
        Reply invitePioneer = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "PIONEER", "unitId", leadUnit), pioneer);
        assertThat(invitePioneer.status()).isEqualTo(422);

        // The database itself refuses a second pioneer, whatever the code above it does.
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);
        long memberId = Long.parseLong(fixtures.userId(member));
        assertThatThrownBy(() -> jdbc.update(
                "UPDATE membership SET role = 'PIONEER' WHERE cobuilding_id = ? AND user_id = ?",
                Long.parseLong(cobuildingId), memberId))
                .isInstanceOf(DuplicateKeyException.class);
        Reply removePioneer = api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/members/"
                + fixtures.userId(pioneer), null, null, pioneer);
        assertThat(removePioneer.status()).isEqualTo(409);
        assertThat(removePioneer.code()).isEqualTo("CANNOT_REMOVE_PIONEER");
    }

    @Test
    void concurrentJoinsOfOnePersonMakeOneMembership() throws Exception {
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 50);
        String member = fixtures.member();
        var pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> joins = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            joins.add(pool.submit(() -> join(code, member)));
        }
        int fresh = 0;
        for (Future<Reply> reply : joins) {
            assertThat(reply.get().status()).isEqualTo(200);
            fresh += reply.get().json().path("alreadyMember").asBoolean() ? 0 : 1;
        }
        pool.shutdown();

        assertThat(fresh).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership WHERE cobuilding_id = ? AND user_id = ?",
                Integer.class, Long.parseLong(cobuildingId), Long.parseLong(fixtures.userId(member)))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT uses FROM invitation WHERE code = ?", Integer.class, code))
                .isEqualTo(1);
    }

    @Test
    void aRemovedMemberLosesAccessAndCanBeInvitedBack() {
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);
        String memberId = fixtures.userId(member);

        assertThat(api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/members/" + memberId, null, null,
                pioneer).status()).isEqualTo(204);
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, member).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/cobuildings", member).json().path("items")).isEmpty();

        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        assertThat(join(code, member).json().path("alreadyMember").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, member).status()).isEqualTo(200);
    }

    @Test
    void theLiaisonRoleIsHandedToAnotherMemberOfTheUnit() {
        String oldLiaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit);
        String colleague = fixtures.joined(pioneer, cobuildingId, "MEMBER", partnerUnit);
        String outsider = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);

        Reply wrongUnit = api.put("/api/mp/cobuildings/" + cobuildingId + "/units/" + partnerUnit + "/liaison",
                Map.of("userId", fixtures.userId(outsider)), pioneer);
        assertThat(wrongUnit.code()).isEqualTo("NOT_A_MEMBER_OF_UNIT");

        Reply handed = api.put("/api/mp/cobuildings/" + cobuildingId + "/units/" + partnerUnit + "/liaison",
                Map.of("userId", fixtures.userId(colleague)), pioneer);
        assertThat(handed.status()).isEqualTo(200);
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, colleague).json().path("myRole").asString())
                .isEqualTo("UNIT_LIAISON");
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, oldLiaison).json().path("myRole").asString())
                .isEqualTo("MEMBER");
    }

    @Test
    void theInvitationCodeImageIsAPngForTheJoinPage() {
        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 10);
        String id = jdbc.queryForObject("SELECT id FROM invitation WHERE code = ?", String.class, code);

        Reply reply = api.get("/api/mp/cobuildings/" + cobuildingId + "/invitations/" + id + "/wxacode", pioneer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("scene").asString()).isEqualTo("inv=" + code);
        assertThat(reply.json().path("page").asString()).isEqualTo("packages/cobuilding/join");
        String image = reply.json().path("image").asString();
        assertThat(image).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        // A scanned code arrives as its scene; joining with it works too.
        assertThat(join("inv=" + code, fixtures.member()).status()).isEqualTo(200);
    }

    @Test
    void invitationRequestsAreValidated() {
        Reply reply = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "MEMBER", "unitId", "abc", "validDays", 31, "maxUses", 0), pioneer);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("errors").propertyNames()).contains("unitId", "validDays", "maxUses");
        Reply foreignUnit = api.post("/api/mp/cobuildings/" + cobuildingId + "/invitations",
                Map.of("role", "MEMBER", "unitId", "999999999"), pioneer);
        assertThat(foreignUnit.code()).isEqualTo("UNIT_NOT_IN_COBUILDING");
    }

    // --- removals that stick, retries and races ------------------------------------------------------------------

    private Reply remove(String memberToken) {
        return api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/members/" + fixtures.userId(memberToken),
                null, null, pioneer);
    }

    private List<String> historyOf(String memberToken) {
        Reply history = api.get("/api/mp/cobuildings/" + cobuildingId + "/member-history?userId="
                + fixtures.userId(memberToken), pioneer);
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        history.json().path("items").forEach(entry -> events.add(entry.path("event").asString()));
        return events;
    }

    @Test
    void aRemovedMemberDoesNotWalkBackInWithTheGroupsOldInvitation() {
        String groupCode = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 50);
        String member = fixtures.member();
        assertThat(join(groupCode, member).status()).isEqualTo(200);
        assertThat(remove(member).status()).isEqualTo(204);

        Reply again = join(groupCode, member);

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.code()).isEqualTo("MEMBER_REMOVED");
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, member).status()).isEqualTo(404);
        // Others still join with it; an invitation made after the removal lets the removed person back.
        assertThat(join(groupCode, fixtures.member()).status()).isEqualTo(200);
        String newCode = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        Reply back = join(newCode, member);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, member).status()).isEqualTo(200);
        assertThat(historyOf(member)).containsExactly("JOINED", "REMOVED", "JOINED");
    }

    @Test
    void aMemberWhoComesBackNoLongerCarriesTheOldRemovalTime() {
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit);
        assertThat(remove(member).status()).isEqualTo(204);

        String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 1);
        Reply back = join(code, member);

        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership WHERE cobuilding_id = ? AND user_id = ? "
                        + "AND active AND removed_at IS NULL", Integer.class, Long.parseLong(cobuildingId),
                Long.parseLong(fixtures.userId(member)))).isEqualTo(1);
    }

    @Test
    void thePioneerReadmitsARemovedMemberAndTheHistoryShowsIt() {
        String liaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit);
        String liaisonId = fixtures.userId(liaison);
        assertThat(remove(liaison).status()).isEqualTo(204);
        Reply notPioneer = api.post("/api/mp/cobuildings/" + cobuildingId + "/members/" + liaisonId + "/readmit",
                null, fixtures.joined(pioneer, cobuildingId, "MEMBER", leadUnit));
        assertThat(notPioneer.status()).isEqualTo(403);

        Reply readmitted = api.post("/api/mp/cobuildings/" + cobuildingId + "/members/" + liaisonId + "/readmit",
                null, pioneer);

        assertThat(readmitted.status()).as(readmitted.body()).isEqualTo(200);
        // Back as a member of the same unit: the unit may have a new liaison meanwhile.
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, liaison).json().path("myRole").asString())
                .isEqualTo("MEMBER");
        assertThat(historyOf(liaison)).containsExactly("READMITTED", "REMOVED", "JOINED").hasSize(3);
        Reply history = api.get("/api/mp/cobuildings/" + cobuildingId + "/member-history", pioneer);
        assertThat(history.json().path("items").get(0).path("actorUserId").asString())
                .isEqualTo(fixtures.userId(pioneer));
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId + "/member-history", liaison).status())
                .isEqualTo(403);
    }

    @Test
    void aRetriedInvitationCreateWithTheSameClientIdReturnsTheSameInvitation() throws Exception {
        Map<String, Object> body = Map.of("clientId", "inv-retry-" + System.nanoTime(), "role", "MEMBER",
                "unitId", leadUnit, "maxUses", 5);
        String path = "/api/mp/cobuildings/" + cobuildingId + "/invitations";

        Reply first = api.post(path, body, pioneer);
        Reply retried = api.post(path, body, pioneer);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(retried.json().path("code").asString()).isEqualTo(first.json().path("code").asString());

        // Retries racing each other make one invitation too.
        Map<String, Object> raced = Map.of("clientId", "inv-race-" + System.nanoTime(), "role", "MEMBER",
                "unitId", leadUnit);
        var pool = Executors.newFixedThreadPool(6);
        List<Future<Reply>> creates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creates.add(pool.submit(() -> api.post(path, raced, pioneer)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<Reply> create : creates) {
            assertThat(create.get().status()).as(create.get().body()).isIn(200, 201);
            ids.add(create.get().json().path("id").asString());
        }
        pool.shutdown();
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation WHERE client_id = ?", Integer.class,
                raced.get("clientId"))).isEqualTo(1);
    }

    @Test
    void revokingAnInvitationWhilePeopleJoinKeepsEveryUseCounted() throws Exception {
        var pool = Executors.newFixedThreadPool(9);
        try {
            for (int round = 0; round < 5; round++) {
                String code = fixtures.invitation(pioneer, cobuildingId, "MEMBER", leadUnit, 200);
                String id = jdbc.queryForObject("SELECT id FROM invitation WHERE code = ?", String.class, code);
                List<String> people = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    people.add(fixtures.member());
                }
                List<Future<Reply>> joins = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    String person = people.get(i);
                    joins.add(pool.submit(() -> join(code, person)));
                    if (i == 8) {
                        joins.add(pool.submit(() -> api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId
                                + "/invitations/" + id, null, null, pioneer)));
                    }
                }
                int joined = 0;
                for (Future<Reply> reply : joins) {
                    assertThat(reply.get().status()).as(reply.get().body()).isIn(200, 204, 410);
                    joined += reply.get().status() == 200 ? 1 : 0;
                }
                assertThat(jdbc.queryForObject("SELECT uses FROM invitation WHERE id = ?", Integer.class,
                        Long.parseLong(id))).isEqualTo(joined);
                assertThat(jdbc.queryForObject("SELECT revoked FROM invitation WHERE id = ?", Boolean.class,
                        Long.parseLong(id))).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void concurrentLiaisonHandOversLeaveOneLiaison() throws Exception {
        fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON", partnerUnit);
        List<String> colleagues = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            colleagues.add(fixtures.userId(fixtures.joined(pioneer, cobuildingId, "MEMBER", partnerUnit)));
        }
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 4; round++) {
                List<Future<Reply>> handOvers = new ArrayList<>();
                for (String colleague : colleagues) {
                    handOvers.add(pool.submit(() -> api.put("/api/mp/cobuildings/" + cobuildingId + "/units/"
                            + partnerUnit + "/liaison", Map.of("userId", colleague), pioneer)));
                }
                for (Future<Reply> reply : handOvers) {
                    assertThat(reply.get().status()).as(reply.get().body()).isEqualTo(200);
                }
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM membership WHERE cobuilding_id = ? "
                                + "AND unit_id = ? AND role = 'UNIT_LIAISON' AND active", Integer.class,
                        Long.parseLong(cobuildingId), Long.parseLong(partnerUnit))).isEqualTo(1);
            }
        } finally {
            pool.shutdown();
        }
    }
}
