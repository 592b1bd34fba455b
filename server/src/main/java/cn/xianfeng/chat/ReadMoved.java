package cn.xianfeng.chat;

/** A member's read mark in a conversation moved forward to {@code seq}. */
record ReadMoved(long conversationId, long userId, long seq) {
}
