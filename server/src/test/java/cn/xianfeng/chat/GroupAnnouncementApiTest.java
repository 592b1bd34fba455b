package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The pioneer's 群公告: who may write it, WeChat's content check, its history, the group's system message after the
 * change, and the conversation lines that show it with the member count.
 */
@ApiTest
class GroupAnnouncementApiTest extends ApiTestBase {

    String pioneer;
    String member;
    String cobuildingId;
    String conversationId;

    @BeforeEach
    void setUp() throws InterruptedException {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        conversationId = groupOf(pioneer).path("id").asString();
        // The welcome card comes after the approval's commit; wait for it so the messages below are the new ones.
        waitForMessages(1);
    }

    private Reply announce(String token, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        return api.put("/api/mp/cobuildings/" + cobuildingId + "/announcement", body, token);
    }

    private JsonNode groupOf(String token) {
        for (JsonNode conversation : api.get("/api/mp/conversations", token).json().path("items")) {
            if (cobuildingId.equals(conversation.path("cobuildingId").asString())) {
                return conversation;
            }
        }
        return null;
    }

    private List<JsonNode> waitForMessages(int count) throws InterruptedException {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            items.clear();
            api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=0", member).json().path("items")
                    .forEach(items::add);
            if (items.size() >= count) {
                return items;
            }
            Thread.sleep(50);
        }
        return items;
    }

    @Test
    void thePioneerSetsTheAnnouncementAndTheGroupIsToldAfterwards() throws InterruptedException {
        Reply set = announce(pioneer, "  本周五下午三点在党建活动室开展主题党日活动  ");

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().path("announcement").asString()).isEqualTo("本周五下午三点在党建活动室开展主题党日活动");
        assertThat(OffsetDateTime.parse(set.json().path("updatedAt").asString())).isNotNull();
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, member).json().path("announcement").asString())
                .isEqualTo("本周五下午三点在党建活动室开展主题党日活动");

        List<JsonNode> messages = waitForMessages(2);
        assertThat(messages).hasSize(2);
        JsonNode notice = messages.get(1);
        assertThat(notice.path("type").asString()).isEqualTo("CARD");
        assertThat(notice.path("cardType").asString()).isEqualTo("SYSTEM");
        assertThat(notice.path("sender").path("type").asString()).isEqualTo("SYSTEM");
        assertThat(notice.path("payload").path("title").asString()).isEqualTo("群公告已更新");
        assertThat(notice.path("payload").path("text").asString()).isEqualTo("本周五下午三点在党建活动室开展主题党日活动");

        // Who changed it, and to what, is kept.
        Map<String, Object> history = jdbc.queryForMap("SELECT announcement, actor_user_id FROM "
                + "cobuilding_announcement_history WHERE cobuilding_id = ?", Long.parseLong(cobuildingId));
        assertThat(history.get("announcement")).isEqualTo("本周五下午三点在党建活动室开展主题党日活动");
        assertThat(history.get("actor_user_id").toString()).isEqualTo(fixtures.userId(pioneer));

        Reply cleared = announce(pioneer, "");
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("announcement").isNull()).isTrue();
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, member).json().path("announcement").isNull())
                .isTrue();
        List<JsonNode> after = waitForMessages(3);
        assertThat(after).hasSize(3);
        assertThat(after.get(2).path("payload").path("title").asString()).isEqualTo("群公告已更新");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding_announcement_history WHERE cobuilding_id = ?"
                + " AND announcement IS NULL", Integer.class, Long.parseLong(cobuildingId))).isEqualTo(1);
    }

    @Test
    void onlyThePioneerOfAnOpenCobuildingMayChangeIt() {
        Reply byMember = announce(member, "成员想改公告");
        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byMember.isProblem()).isTrue();

        Reply byStranger = announce(fixtures.member(), "外人想改公告");
        assertThat(byStranger.status()).isEqualTo(404);

        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "测试关闭"),
                fixtures.superAdmin()).status()).isEqualTo(200);
        Reply closed = announce(pioneer, "关闭后的公告");
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.code()).isEqualTo("COBUILDING_CLOSED");

        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("announcement").isNull())
                .isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cobuilding_announcement_history WHERE cobuilding_id = ?",
                Integer.class, Long.parseLong(cobuildingId))).isZero();
    }

    @Test
    void theTextIsCheckedForLengthPresenceAndByWeChat() {
        Reply tooLong = announce(pioneer, "长".repeat(501));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooLong.json().path("errors").path("text").asString()).isEqualTo("群公告最多 500 字");
        assertThat(announce(pioneer, "长".repeat(500)).status()).isEqualTo(200);

        Reply missing = announce(pioneer, null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().path("errors").path("text").asString()).isNotBlank();

        Reply risky = announce(pioneer, "欢迎参加 risky-word 活动");
        assertThat(risky.status()).isEqualTo(422);
        assertThat(risky.code()).isEqualTo("CONTENT_RISKY");

        assertThat(api.send("PUT", "/wx-sim/_outages/msg_sec_check", null, null, null).status()).isEqualTo(204);
        try {
            Reply down = announce(pioneer, "微信不可用时的公告");
            assertThat(down.status()).isEqualTo(503);
            assertThat(down.isProblem()).isTrue();
            assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("announcement")
                    .asString()).isEqualTo("长".repeat(500));
            // Clearing needs no check: it works while WeChat is down too.
            assertThat(announce(pioneer, "").status()).isEqualTo(200);
        } finally {
            api.send("DELETE", "/wx-sim/_outages/msg_sec_check", null, null, null);
        }
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("announcement").isNull())
                .isTrue();
    }

    @Test
    void conversationLinesCarryTheMemberCountAndTheAnnouncement() {
        JsonNode group = groupOf(member);
        assertThat(group.path("memberCount").asInt()).isEqualTo(2);
        assertThat(group.path("announcement").isNull()).isTrue();

        announce(pioneer, "欢迎新成员");
        fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));

        JsonNode listed = groupOf(member);
        assertThat(listed.path("memberCount").asInt()).isEqualTo(3);
        assertThat(listed.path("announcement").asString()).isEqualTo("欢迎新成员");
        JsonNode one = api.get("/api/mp/conversations/" + conversationId, member).json();
        assertThat(one.path("memberCount").asInt()).isEqualTo(3);
        assertThat(one.path("announcement").asString()).isEqualTo("欢迎新成员");

        Reply direct = api.post("/api/mp/conversations/direct", Map.of("userId", Long.parseLong(
                fixtures.userId(pioneer))), member);
        assertThat(direct.status()).as(direct.body()).isIn(200, 201);
        assertThat(direct.json().path("memberCount").asInt()).isEqualTo(2);
        assertThat(direct.json().path("announcement").isNull()).isTrue();
    }
}
