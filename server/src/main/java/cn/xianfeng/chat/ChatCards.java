package cn.xianfeng.chat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cards in a co-building's group conversation, for chat's listeners to other features' events (an activity notice,
 * a check-in count, a briefing...). Those features never call chat: they publish their event, and chat reacts after
 * their commit. A card names its source record, so the same source posted twice is still one card, and a changing
 * source updates its card in place.
 */
@Component
class ChatCards {

    private static final int DEADLOCK_ATTEMPTS = 4;

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationWriter writer;
    private final CardUpdates updates;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    ChatCards(ConversationMapper conversations, ChatMessageMapper messages, ConversationWriter writer,
              CardUpdates updates, JsonMapper json, PlatformTransactionManager transactions) {
        this.conversations = conversations;
        this.messages = messages;
        this.writer = writer;
        this.updates = updates;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Posts a system card to the co-building's group conversation, if it has one. Idempotent per source record
     * ({@code refType}, {@code refId}) and card type.
     *
     * <p>In a transaction of its own, tried again when InnoDB picks it as a deadlock's loser: the idempotency check
     * reads the source's card with a lock, and a missing row is locked as a gap, which cards being posted at the same
     * moment to other new conversations may share. The loser's transaction is gone, so the whole post is redone.
     */
    void postToCobuilding(long cobuildingId, CardType cardType, Map<String, ?> payload, String refType, String refId) {
        String body = json.writeValueAsString(payload);
        for (int attempt = 1; ; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    Conversation conversation = conversations.findGroupByCobuilding(cobuildingId);
                    if (conversation != null) {
                        writer.postCard(conversation, cardType, body, refType, refId,
                                clientMsgId(cardType, refType, refId));
                    }
                });
                return;
            } catch (PessimisticLockingFailureException lost) {
                if (attempt == DEADLOCK_ATTEMPTS) {
                    throw lost;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
