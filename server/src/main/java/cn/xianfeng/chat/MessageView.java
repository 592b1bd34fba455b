package cn.xianfeng.chat;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * A message as one reader sees it. A recalled or blocked message keeps its place (seq) but loses its content; a
 * PENDING one shows its text only to its sender and the bureau until WeChat's check has passed it. A card's payload is
 * its latest; {@code cardVersion} orders it against {@code card-update} frames (the higher is newer).
 */
public record MessageView(String id, String conversationId, long seq, Sender sender, MessageType type, String text,
                          CardType cardType, JsonNode payload, Long cardVersion, String clientMsgId, boolean recalled,
                          RecalledBy recalledBy, ContentCheck contentCheck, OffsetDateTime createdAt) {

    public record Sender(SenderType type, String id, String displayName, String avatarUrl) {
    }
}
