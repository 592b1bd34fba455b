package cn.xianfeng.chat;

import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cards in a co-building's group conversation, for chat's listeners to other features' events (an activity notice,
 * a check-in count, a briefing...). Those features never call chat: they publish their event, and chat reacts after
 * their commit. A card names its source record, so the same source posted twice is still one card, and a changing
 * source updates its card in place.
 */
@Component
class ChatCards {

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationWriter writer;
    private final CardUpdates updates;
    private final JsonMapper json;

    ChatCards(ConversationMapper conversations, ChatMessageMapper messages, ConversationWriter writer,
              CardUpdates updates, JsonMapper json) {
        this.conversations = conversations;
        this.messages = messages;
        this.writer = writer;
        this.updates = updates;
        this.json = json;
    }

    /**
     * Posts a system card to the co-building's group conversation, if it has one. Idempotent per source record
     * ({@code refType}, {@code refId}) and card type.
     */
    void postToCobuilding(long cobuildingId, CardType cardType, Map<String, ?> payload, String refType, String refId) {
        Conversation conversation = conversations.findGroupByCobuilding(cobuildingId);
        if (conversation == null) {
            return;
        }
        writer.postCard(conversation, cardType, json.writeValueAsString(payload), refType, refId,
                clientMsgId(cardType, refType, refId));
    }

    /**
     * Replaces the payload of the source's card (posted earlier by {@link #postToCobuilding}) if {@code version} is
     * newer than what it shows; the row is written and members get a {@code card-update} frame at most once per
     * card per two seconds, however many changes arrive ({@link CardUpdates}). The
     * version comes from the source and only grows (a count, a revision): events handled out of order, or twice,
     * leave the newest payload. Nothing happens when the card does not exist.
     */
    void updateOnCobuilding(long cobuildingId, CardType cardType, Map<String, ?> payload, String refType, String refId,
                            long version) {
        Conversation conversation = conversations.findGroupByCobuilding(cobuildingId);
        if (conversation == null) {
            return;
        }
        long conversationId = conversation.getId();
        ChatMessage card = messages.findByClientId(conversationId, SenderType.SYSTEM, conversationId,
                clientMsgId(cardType, refType, refId));
        if (card != null) {
            updates.changed(conversationId, card.getId(), json.writeValueAsString(payload), version);
        }
    }

    private static String clientMsgId(CardType cardType, String refType, String refId) {
        return "card-" + refType + "-" + refId + "-" + cardType.name().toLowerCase();
    }
}
