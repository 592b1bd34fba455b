package cn.xianfeng.chat;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** A message as clients see it. A recalled message keeps its place (seq) but loses its content. */
public record MessageView(String id, String conversationId, long seq, Sender sender, MessageType type, String text,
                          CardType cardType, JsonNode payload, String clientMsgId, boolean recalled,
                          OffsetDateTime createdAt) {

    public record Sender(SenderType type, String id, String displayName, String avatarUrl) {
    }
}
