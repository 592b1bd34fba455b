package cn.xianfeng.chat;

/**
 * A message (text or card) was appended to a conversation. Ids only: the event is recorded in the publication log
 * with the transaction, and its listeners read the row as committed.
 */
record MessagePosted(long conversationId, long messageId) {
}
