package cn.xianfeng.chat;

/** A question forwarded to the bureau liaison: the direct conversation it went to, and the message it became. */
public record AssistantForwarded(ConversationView conversation, MessageView message) {
}
