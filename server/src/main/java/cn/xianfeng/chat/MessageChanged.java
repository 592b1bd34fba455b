package cn.xianfeng.chat;

/** A message changed in place and keeps its seq: its pending content check passed or blocked it. */
record MessageChanged(long conversationId, long messageId) {
}
