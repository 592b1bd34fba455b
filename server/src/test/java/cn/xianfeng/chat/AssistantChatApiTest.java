package cn.xianfeng.chat;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.briefing.PolicyCorpus;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The policy assistant in chat: the member's own ASSISTANT conversation, a question sent there answered by an ANSWER
 * card with its sources, and a question forwarded to the co-building's bureau liaison.
 */
@ApiTest
class AssistantChatApiTest extends ApiTestBase {

    private static final String OPEN = "/api/mp/assistant/conversation";
    private static final String FORWARD = "/api/mp/assistant/forward";

    String bureau;
    String pioneer;
    String cobuildingId;
    String briefingId;

    @BeforeEach
    void setUp() throws InterruptedException {
        bureau = fixtures.admin("BUREAU_ADMIN");
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        briefingId = PolicyCorpus.publish(api, bureau, PolicyCorpus.briefing("voucher-apply"), List.of(cobuildingId));
        awaitListeners("%PolicyIndexRefresh%");
    }

    private Reply ask(String token, String conversationId, String text) {
        return api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", text), token);
    }

    private void awaitListeners(String listener) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL "
                    + "AND listener_id LIKE ?", Integer.class, listener);
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(listener + " did not react within 10 s");
    }

    /** The ANSWER card that arrives after the question, as the member syncs it. */
    private JsonNode answerTo(String token, String conversationId, String questionId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (JsonNode message : api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=0", token)
                    .json().path("items")) {
                if ("ANSWER".equals(message.path("cardType").asString())) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no answer to " + questionId);
    }

    @Test
    void eachMemberHasOneAssistantConversationOfTheirOwn() {
        Reply opened = api.post(OPEN, Map.of(), pioneer);
        Reply again = api.post(OPEN, Map.of(), pioneer);
        String other = fixtures.member();
        Reply othersOwn = api.post(OPEN, Map.of(), other);

        assertThat(opened.status()).isEqualTo(201);
        String id = opened.json().path("id").asString();
        assertThat(opened.json().path("type").asString()).isEqualTo("ASSISTANT");
        assertThat(opened.json().path("title").asString()).isEqualTo("政策助手");
        assertThat(opened.json().path("writable").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(id);
        assertThat(othersOwn.status()).isEqualTo(201);
        assertThat(othersOwn.json().path("id").asString()).isNotEqualTo(id);
        // It is in the member's list, and nobody else reads or writes it.
        assertThat(api.get("/api/mp/conversations", pioneer).json().path("items").toString()).contains(id);
        assertThat(api.get("/api/mp/conversations/" + id, other).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/conversations/" + id + "/messages?afterSeq=0", other).status()).isEqualTo(404);
        assertThat(ask(other, id, "创新券一年能领多少").status()).isEqualTo(404);
        assertThat(api.get("/api/admin/conversations/" + id + "/messages?afterSeq=0", fixtures.superAdmin()).status())
                .isEqualTo(404);
    }

    @Test
    void aQuestionIsAnsweredByACardQuotingTheBriefingItComesFrom() throws InterruptedException {
        String conversation = api.post(OPEN, Map.of(), pioneer).json().path("id").asString();

        Reply asked = ask(pioneer, conversation, "创新券一年能领多少额度");
        assertThat(asked.status()).isEqualTo(201);
        JsonNode card = answerTo(pioneer, conversation, asked.json().path("id").asString());

        assertThat(card.path("type").asString()).isEqualTo("CARD");
        assertThat(card.path("sender").path("type").asString()).isEqualTo("SYSTEM");
        JsonNode payload = card.path("payload");
        assertThat(payload.path("question").asString()).isEqualTo("创新券一年能领多少额度");
        assertThat(payload.path("matched").asBoolean()).isTrue();
        assertThat(payload.path("text").asString()).contains("科技创新券申领与使用指南");
        assertThat(payload.path("sources").get(0).path("briefingId").asString()).isEqualTo(briefingId);
        assertThat(payload.path("sources").get(0).path("title").asString()).isEqualTo("科技创新券申领与使用指南");
        assertThat(payload.path("sources").get(0).path("quote").asString()).contains("20万元");
        // The source opens: the member may read that briefing.
        assertThat(api.get("/api/mp/briefings/" + briefingId, pioneer).status()).isEqualTo(200);
        // One card per question, however often the reaction would run.
        awaitListeners("%AssistantAnswers%");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM message WHERE conversation_id = ? AND card_type = 'ANSWER'",
                Integer.class, Long.parseLong(conversation))).isEqualTo(1);
    }

    @Test
    void anUnansweredQuestionSaysSoAndGoesToTheBureauLiaisonOnce() throws InterruptedException {
        String conversation = api.post(OPEN, Map.of(), pioneer).json().path("id").asString();
        Reply asked = ask(pioneer, conversation, "食堂菜单");
        JsonNode card = answerTo(pioneer, conversation, asked.json().path("id").asString());
        assertThat(card.path("payload").path("matched").asBoolean()).isFalse();
        assertThat(card.path("payload").path("sources").size()).isZero();
        String cardId = card.path("id").asString();

        Reply noLiaison = api.post(FORWARD, Map.of("messageId", cardId), pioneer);
        assertThat(noLiaison.status()).isEqualTo(409);
        assertThat(noLiaison.json().path("code").asString()).isEqualTo("NO_LIAISON");

        String liaison = fixtures.admin("LIAISON");
        api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaison)), fixtures.superAdmin());
        Reply forwarded = api.post(FORWARD, Map.of("messageId", cardId), pioneer);
        Reply byQuestion = api.post(FORWARD, Map.of("messageId", asked.json().path("id").asString()), pioneer);

        assertThat(forwarded.status()).isEqualTo(201);
        JsonNode direct = forwarded.json().path("conversation");
        assertThat(direct.path("type").asString()).isEqualTo("DIRECT");
        assertThat(direct.path("peer").path("id").asString()).isEqualTo(fixtures.adminId(liaison));
        assertThat(forwarded.json().path("message").path("text").asString()).contains("食堂菜单");
        assertThat(forwarded.json().path("message").path("sender").path("id").asString())
                .isEqualTo(fixtures.userId(pioneer));
        assertThat(byQuestion.status()).isEqualTo(200);
        assertThat(byQuestion.json().path("message").path("id").asString())
                .isEqualTo(forwarded.json().path("message").path("id").asString());
        // The liaison reads it in the same direct conversation, from the bureau's side.
        assertThat(api.get("/api/admin/conversations/" + direct.path("id").asString() + "/messages?afterSeq=0",
                liaison).body()).contains("食堂菜单");
    }

    @Test
    void onlyTheMembersOwnQuestionsCanBeForwarded() {
        String conversation = api.post(OPEN, Map.of(), pioneer).json().path("id").asString();
        String questionId = ask(pioneer, conversation, "创新券可以用来买仪器设备吗").json().path("id").asString();
        String group = api.get("/api/mp/conversations", pioneer).json().path("items").findValues("id").stream()
                .map(JsonNode::asString).filter(id -> !id.equals(conversation)).findFirst().orElseThrow();
        String groupText = ask(pioneer, group, "大家好").json().path("id").asString();
        String other = fixtures.member();

        assertThat(api.post(FORWARD, Map.of("messageId", questionId), other).status()).isEqualTo(404);
        assertThat(api.post(FORWARD, Map.of("messageId", groupText), pioneer).status()).isEqualTo(404);
        assertThat(api.post(FORWARD, Map.of("messageId", "999999999"), pioneer).status()).isEqualTo(404);
        Reply invalid = api.post(FORWARD, Map.of("messageId", "abc"), pioneer);
        assertThat(invalid.status()).isEqualTo(422);
    }
}
