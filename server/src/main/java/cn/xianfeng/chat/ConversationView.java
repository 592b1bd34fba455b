package cn.xianfeng.chat;

import java.time.OffsetDateTime;

/**
 * A line in the conversations tab. A direct conversation names the other person ({@code peer}, also its title);
 * {@code writable} is false once the co-building closed or the two are no longer connected. {@code memberCount} is
 * who is in it (a group: its co-building's current members; otherwise 2) and {@code announcement} a group's 群公告.
 */
public record ConversationView(String id, ConversationType type, String title, String cobuildingId,
                               MessageView.Sender peer, LastMessage lastMessage, long unread, long maxSeq,
                               long lastReadSeq, boolean writable, int memberCount, String announcement) {

    public record LastMessage(long seq, String preview, OffsetDateTime createdAt) {
    }
}
