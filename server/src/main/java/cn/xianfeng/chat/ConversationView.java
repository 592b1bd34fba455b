package cn.xianfeng.chat;

import java.time.OffsetDateTime;

/**
 * A line in the conversations tab. A direct conversation names the other person ({@code peer}, also its title);
 * {@code writable} is false once the co-building closed or the two are no longer connected.
 */
public record ConversationView(String id, ConversationType type, String title, String cobuildingId,
                               MessageView.Sender peer, LastMessage lastMessage, long unread, long maxSeq,
                               long lastReadSeq, boolean writable) {

    public record LastMessage(long seq, String preview, OffsetDateTime createdAt) {
    }
}
