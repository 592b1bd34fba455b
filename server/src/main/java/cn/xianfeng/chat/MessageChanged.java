package cn.xianfeng.chat;

/**
 * A message changed in place and keeps its seq: its pending content check passed or blocked it, or its image was
 * judged risky and blocked.
 */
record MessageChanged(long conversationId, long messageId) {
}
