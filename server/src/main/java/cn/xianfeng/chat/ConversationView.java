package cn.xianfeng.chat;

import java.time.OffsetDateTime;

/** A line in the conversations tab. */
public record ConversationView(String id, ConversationType type, String title, String cobuildingId,
                               LastMessage lastMessage, long unread, long maxSeq, long lastReadSeq) {

    public record LastMessage(long seq, String preview, OffsetDateTime createdAt) {
    }
}
