package cn.xianfeng.chat;

/** A message became a tombstone (by its sender or by the bureau). */
record MessageRecalled(long conversationId, long messageId) {
}
