package cn.xianfeng.chat;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each member's one conversation with the policy assistant (政策助手). Its key is unique in the database, like a
 * direct conversation's, so two phones opening it at once still make one; its only participant is the member.
 */
@Component
class AssistantConversations {

    static final String TITLE = "政策助手";

    private final ConversationMapper conversations;
    private final ConversationParticipantMapper participants;
    private final TransactionTemplate transaction;

    AssistantConversations(ConversationMapper conversations, ConversationParticipantMapper participants,
                           TransactionTemplate transaction) {
        this.conversations = conversations;
        this.participants = participants;
        this.transaction = transaction;
    }

    /** The member's assistant conversation, made now if new ({@code created} true). */
    DirectConversations.Opened open(long userId) {
        String key = keyOf(userId);
        Conversation existing = conversations.findByDirectKey(key);
        if (existing != null) {
            return new DirectConversations.Opened(existing, false);
        }
        return insertOrFind(() -> {
            transaction.executeWithoutResult(status -> {
                Conversation conversation = new Conversation();
                conversation.setType(ConversationType.ASSISTANT);
                conversation.setDirectKey(key);
                conversation.setTitle(TITLE);
                conversation.setMaxSeq(0L);
                conversations.insert(conversation);
                participants.insert(ConversationParticipant.of(conversation.getId(), Participant.member(userId)));
            });
            return new DirectConversations.Opened(conversations.findByDirectKey(key), true);
        }, () -> new DirectConversations.Opened(conversations.findByDirectKey(key), false));
    }

    /** Shares the direct conversations' unique key column; "assistant|" never begins a direct pair's key. */
    private static String keyOf(long userId) {
        return "assistant|" + Participant.member(userId).key();
    }
}
