package cn.xianfeng.chat;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * How other features put a card into a conversation (an activity notice, a check-in, a briefing...) without touching
 * chat's tables. A card names its source record, so the same source posted twice is still one card.
 */
@Service
public class ChatCards {

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationLog log;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final ChatFanout fanout;

    ChatCards(ConversationMapper conversations, ChatMessageMapper messages, ConversationLog log, JsonMapper json,
              TransactionTemplate transaction, ChatFanout fanout) {
        this.conversations = conversations;
        this.messages = messages;
        this.log = log;
        this.json = json;
        this.transaction = transaction;
        this.fanout = fanout;
    }

    /**
     * Posts a system card to the co-building's group conversation, if it has one. Idempotent per source record
     * ({@code refType}, {@code refId}): the card's client id is derived from them.
     */
    public void postToCobuilding(long cobuildingId, CardType cardType, Map<String, ?> payload, String refType,
                                 String refId) {
        Conversation conversation = conversations.findGroupOf(cobuildingId);
        if (conversation == null) {
            return;
        }
        String clientMsgId = "card-" + refType + "-" + refId + "-" + cardType.name().toLowerCase();
        long conversationId = conversation.getId();
        if (messages.findByClientId(conversationId, SenderType.SYSTEM, conversationId, clientMsgId) != null) {
            return;
        }
        ChatMessage posted = transaction.execute(status -> {
            ChatMessage card = new ChatMessage();
            card.setSenderType(SenderType.SYSTEM);
            // System cards are unique per conversation and source: the conversation stands in as their "sender".
            card.setSenderId(conversation.getId());
            card.setType(MessageType.CARD);
            card.setCardType(cardType);
            card.setPayload(json.writeValueAsString(payload));
            card.setRefType(refType);
            card.setRefId(refId);
            card.setClientMsgId(clientMsgId);
            return log.append(conversation.getId(), card);
        });
        // Posted from inside another feature's transaction, the card is announced only once that commits.
        ChatFanout.afterCommit(() -> fanout.messagePosted(conversation, posted));
    }
}
