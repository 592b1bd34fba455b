package cn.xianfeng.chat;

import java.util.List;

/**
 * What travels between server instances over Redis pub/sub: one change in a conversation and whom to tell. The
 * instance holding a recipient's socket turns it into a frame; {@code frame} is the JSON the client receives.
 */
record ChatEvent(List<Long> recipientUserIds, String frame) {
}
