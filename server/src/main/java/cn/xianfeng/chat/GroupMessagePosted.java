package cn.xianfeng.chat;

import java.time.Instant;

/**
 * A text or an image was posted in a co-building's group (cards are not). Published in the posting transaction;
 * {@code senderType} is MEMBER or ADMIN, {@code at} the message's stored time.
 */
public record GroupMessagePosted(long cobuildingId, long messageId, String senderType, long senderId, Instant at) {
}
