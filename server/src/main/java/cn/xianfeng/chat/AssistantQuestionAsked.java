package cn.xianfeng.chat;

/**
 * A member asked the policy assistant something: a text in their ASSISTANT conversation. Ids only, recorded in the
 * publication log with the message, so the answer follows even when the instance stops before giving it.
 */
record AssistantQuestionAsked(long conversationId, long messageId) {
}
