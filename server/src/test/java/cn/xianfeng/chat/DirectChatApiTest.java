package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** One-to-one conversations: with a fellow member, and with the co-building's bureau liaison. */
@ApiTest
class DirectChatApiTest extends ApiTestBase {

    private static final String DIRECT = "/api/mp/conversations/direct";

    String pioneer;
    String member;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
    }

    private Reply send(String token, String conversationId, String text) {
        return api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token);
    }

    private JsonNode listed(String token, String conversationId) {
        for (JsonNode conversation : api.get("/api/mp/conversations", token).json().path("items")) {
            if (conversationId.equals(conversation.path("id").asString())) {
                return conversation;
            }
        }
        return null;
    }

    @Test
    void twoMembersOfACobuildingTalkOneToOne() {
        String memberId = fixtures.userId(member);
        Reply opened = api.post(DIRECT, Map.of("userId", memberId), pioneer);
        Reply again = api.post(DIRECT, Map.of("userId", memberId), pioneer);
        Reply fromTheOtherSide = api.post(DIRECT, Map.of("userId", fixtures.userId(pioneer)), member);

        assertThat(opened.status()).isEqualTo(201);
        String id = opened.json().path("id").asString();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        assertThat(fromTheOtherSide.json().path("id").asString()).isEqualTo(id);
        assertThat(opened.json().path("type").asString()).isEqualTo("DIRECT");
        assertThat(opened.json().path("peer").path("id").asString()).isEqualTo(memberId);
        assertThat(opened.json().path("writable").asBoolean()).isTrue();

        assertThat(send(pioneer, id, "单独和你说一下").status()).isEqualTo(201);
        JsonNode inMemberList = listed(member, id);
        assertThat(inMemberList.path("unread").asLong()).isEqualTo(1);
        assertThat(inMemberList.path("peer").path("id").asString()).isEqualTo(fixtures.userId(pioneer));
        assertThat(inMemberList.path("title").asString())
                .isEqualTo(inMemberList.path("peer").path("displayName").asString());
        assertThat(api.get("/api/mp/conversations/" + id + "/messages?afterSeq=0", member).body())
                .contains("单独和你说一下");

        // Nobody else reads it, not even a member of the same co-building.
        String third = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        assertThat(api.get("/api/mp/conversations/" + id + "/messages?afterSeq=0", third).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/conversations/" + id, third).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/conversations/" + id, member).json().path("title").asString())
                .isEqualTo(inMemberList.path("title").asString());
        assertThat(send(third, id, "我也来").status()).isEqualTo(404);
    }

    private String groupId(String token) {
        for (JsonNode conversation : api.get("/api/mp/conversations", token).json().path("items")) {
            if ("GROUP".equals(conversation.path("type").asString())) {
                return conversation.path("id").asString();
            }
        }
        throw new AssertionError("no group");
    }

    private Reply post(String path, String token, String clientMsgId, String text) {
        return api.post(path, Map.of("clientMsgId", clientMsgId, "type", "TEXT", "text", text), token);
    }

    @Test
    void aClientMsgIdUsedInTheGroupIsANewMessageInADirectConversation() {
        String group = groupId(member);
        String direct = api.post(DIRECT, Map.of("userId", fixtures.userId(pioneer)), member).json().path("id")
                .asString();
        String reused = "reuse-x-" + UUID.randomUUID();

        Reply inGroup = post("/api/mp/conversations/" + group + "/messages", member, reused, "群里的消息");
        Reply inDirect = post("/api/mp/conversations/" + direct + "/messages", member, reused, "私聊的消息");
        Reply resent = post("/api/mp/conversations/" + direct + "/messages", member, reused, "私聊的消息");

        assertThat(inGroup.status()).isEqualTo(201);
        assertThat(inDirect.status()).isEqualTo(201);
        assertThat(inDirect.json().path("conversationId").asString()).isEqualTo(direct);
        assertThat(inDirect.json().path("text").asString()).isEqualTo("私聊的消息");
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().path("id").asString()).isEqualTo(inDirect.json().path("id").asString());
        JsonNode synced = api.get("/api/mp/conversations/" + direct + "/messages?afterSeq=0", pioneer).json()
                .path("items");
        assertThat(synced).hasSize(1);
        assertThat(synced.get(0).path("text").asString()).isEqualTo("私聊的消息");
    }

    @Test
    void theBureauLiaisonsClientMsgIdIsAlsoPerConversation() {
        String liaison = fixtures.admin("LIAISON");
        api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaison)), fixtures.superAdmin());
        String group = groupId(member);
        String direct = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member).json().path("id").asString();
        String reused = "reuse-x-" + UUID.randomUUID();

        Reply inGroup = post("/api/admin/conversations/" + group + "/messages", liaison, reused, "大家好");
        Reply inDirect = post("/api/admin/conversations/" + direct + "/messages", liaison, reused, "单独找你");

        assertThat(inGroup.status()).isEqualTo(201);
        assertThat(inDirect.status()).isEqualTo(201);
        assertThat(inDirect.json().path("conversationId").asString()).isEqualTo(direct);
        assertThat(api.get("/api/mp/conversations/" + direct + "/messages?afterSeq=0", member).json().path("items")
                .get(0).path("text").asString()).isEqualTo("单独找你");
        assertThat(post("/api/admin/conversations/" + direct + "/messages", liaison, reused, "单独找你").status())
                .isEqualTo(200);
    }

    @Test
    void onlyPeopleWhoShareAnOpenCobuildingCanOpenOne() {
        String stranger = fixtures.member();
        Reply refused = api.post(DIRECT, Map.of("userId", fixtures.userId(stranger)), pioneer);
        assertThat(refused.status()).isEqualTo(404);
        Reply self = api.post(DIRECT, Map.of("userId", fixtures.userId(pioneer)), pioneer);
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.code()).isEqualTo("DIRECT_WITH_SELF");
        Reply both = api.post(DIRECT, Map.of("userId", fixtures.userId(member), "cobuildingId", cobuildingId), pioneer);
        assertThat(both.status()).isEqualTo(422);
        Reply neither = api.post(DIRECT, Map.of(), pioneer);
        assertThat(neither.status()).isEqualTo(422);
        Reply notANumber = api.post(DIRECT, Map.of("userId", "abc"), pioneer);
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.json().path("errors").path("userId").asString()).isEqualTo("应为整数");
    }

    @Test
    void aRemovedMemberKeepsTheHistoryButCanNoLongerWrite() {
        String id = api.post(DIRECT, Map.of("userId", fixtures.userId(member)), pioneer).json().path("id").asString();
        send(member, id, "收到");
        api.send("DELETE", "/api/mp/cobuildings/" + cobuildingId + "/members/" + fixtures.userId(member), null, null,
                pioneer);

        Reply closed = send(member, id, "还在吗");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("DIRECT_CLOSED");
        assertThat(send(pioneer, id, "你已经不在了").code()).isEqualTo("DIRECT_CLOSED");
        assertThat(listed(member, id).path("writable").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/conversations/" + id, member).json().path("writable").asBoolean()).isFalse();
        assertThat(api.get("/api/mp/conversations/" + id + "/messages?afterSeq=0", member).body()).contains("收到");
        assertThat(api.post(DIRECT, Map.of("userId", fixtures.userId(pioneer)), member).status()).isEqualTo(404);
    }

    @Test
    void aMemberTalksWithTheBureauLiaisonWhoAnswersFromTheAdminSide() {
        Reply noLiaison = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member);
        assertThat(noLiaison.status()).isEqualTo(409);
        assertThat(noLiaison.code()).isEqualTo("NO_BUREAU_LIAISON");

        String liaison = fixtures.admin("LIAISON");
        String liaisonId = fixtures.adminId(liaison);
        assertThat(api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison", Map.of("adminId", liaisonId),
                fixtures.superAdmin()).status()).isEqualTo(200);

        Reply opened = api.post(DIRECT, Map.of("cobuildingId", cobuildingId), member);
        assertThat(opened.status()).isEqualTo(201);
        String id = opened.json().path("id").asString();
        assertThat(opened.json().path("peer").path("type").asString()).isEqualTo("ADMIN");
        assertThat(send(member, id, "请问申报材料什么时候交？").status()).isEqualTo(201);

        // The liaison finds it among their conversations, beside the group of the co-building they follow.
        JsonNode theirs = api.get("/api/admin/conversations", liaison).json().path("items");
        JsonNode direct = null;
        boolean seesGroup = false;
        for (JsonNode conversation : theirs) {
            if (id.equals(conversation.path("id").asString())) {
                direct = conversation;
            }
            seesGroup |= cobuildingId.equals(conversation.path("cobuildingId").asString());
        }
        assertThat(seesGroup).isTrue();
        assertThat(direct.path("unread").asLong()).isEqualTo(1);
        assertThat(direct.path("peer").path("type").asString()).isEqualTo("MEMBER");

        Reply answer = api.post("/api/admin/conversations/" + id + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "本月底前提交即可"), liaison);
        assertThat(answer.status()).isEqualTo(201);
        assertThat(api.post("/api/admin/conversations/" + id + "/read", Map.of("seq", 2), liaison).status())
                .isEqualTo(204);
        JsonNode reply = api.get("/api/mp/conversations/" + id + "/messages?afterSeq=1", member).json()
                .path("items").get(0);
        assertThat(reply.path("sender").path("type").asString()).isEqualTo("ADMIN");
        assertThat(reply.path("text").asString()).isEqualTo("本月底前提交即可");

        // Another admin, even a bureau admin, does not read a liaison's direct conversation.
        assertThat(api.get("/api/admin/conversations/" + id + "/messages", fixtures.admin("BUREAU_ADMIN")).status())
                .isEqualTo(404);
    }
}
