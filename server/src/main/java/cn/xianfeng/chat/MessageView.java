package cn.xianfeng.chat;

import cn.xianfeng.media.MediaLinks;
import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * A message as one reader sees it. A recalled or blocked message keeps its place (seq) but loses its content; a
 * PENDING one shows its text only to its sender and the bureau until WeChat's check has passed it. A card's payload is
 * its latest; {@code cardVersion} orders it against {@code card-update} frames (the higher is newer).
 * <p>
 * An IMAGE message's {@code image} holds signed links made for this read (they expire, so they are never stored); it
 * is null when the message is recalled or blocked, or when its upload was judged risky ({@code contentCheck} BLOCKED
 * tells the sender why). A card whose payload names uploads ({@code mediaIds}) gets their links under
 * {@code images} the same way.
 */
public record MessageView(String id, String conversationId, long seq, Sender sender, MessageType type, String text,
                          MediaLinks image,
                          CardType cardType, JsonNode payload, Long cardVersion, String clientMsgId, boolean recalled,
                          RecalledBy recalledBy, ContentCheck contentCheck, OffsetDateTime createdAt) {

    public record Sender(SenderType type, String id, String displayName, String avatarUrl) {
    }
}
