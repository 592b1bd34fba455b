package cn.xianfeng.chat;

import cn.xianfeng.briefing.AssistantAnswer;
import cn.xianfeng.briefing.AssistantSource;
import cn.xianfeng.briefing.PolicyAssistant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what a member asks in their ASSISTANT conversation with an ANSWER card: {@code {question, text, matched,
 * sources: [{briefingId, title, quote}]}}, each source opening its briefing in the mini-program. After the question's
 * commit, through the event registry (an answer owed is still given after a restart); one card per question, however
 * often the event is handled.
 */
@Component
class AssistantAnswers {

    static final String REF_TYPE = "assistant-question";

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationWriter writer;
    private final PolicyAssistant assistant;
    private final JsonMapper json;

    AssistantAnswers(ConversationMapper conversations, ChatMessageMapper messages, ConversationWriter writer,
                     PolicyAssistant assistant, JsonMapper json) {
        this.conversations = conversations;
        this.messages = messages;
        this.writer = writer;
        this.assistant = assistant;
        this.json = json;
    }

    @ApplicationModuleListener
    void on(AssistantQuestionAsked asked) {
        ChatMessage question = messages.selectById(asked.messageId());
        Conversation conversation = conversations.selectById(asked.conversationId());
        // A question recalled or blocked before its answer is not answered: the member withdrew it, or may not ask it.
        if (question == null || conversation == null || Boolean.TRUE.equals(question.getRecalled())
                || question.getContentCheck() == ContentCheck.BLOCKED) {
            return;
        }
        AssistantAnswer answer = assistant.answer(question.getSenderId(), question.getText());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("question", question.getText());
        payload.put("text", answer.text());
        payload.put("matched", answer.matched());
        payload.put("sources", answer.sources().stream().map(AssistantAnswers::source).toList());
        String refId = String.valueOf(question.getId());
        writer.postCard(conversation, CardType.ANSWER, json.writeValueAsString(payload), REF_TYPE, refId,
                "card-" + REF_TYPE + "-" + refId);
    }

    private static Map<String, String> source(AssistantSource source) {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("briefingId", String.valueOf(source.briefingId()));
        shown.put("title", source.title());
        shown.put("quote", source.quote());
        return shown;
    }

    /** The question an ANSWER card answers (its source record), or null when the message is not such a card. */
    static Long questionOf(ChatMessage message) {
        return message.getType() == MessageType.CARD && message.getCardType() == CardType.ANSWER
                && REF_TYPE.equals(message.getRefType()) ? Long.valueOf(message.getRefId()) : null;
    }
}
