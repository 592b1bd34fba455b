package cn.xianfeng.chat;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One-to-one conversations. Opening the same pair again finds the same conversation: its key is the two participants
 * in a fixed order, unique in the database, so two phones opening it at once still make one.
 */
@Component
class DirectConversations {

    private final ConversationMapper conversations;
    private final ConversationParticipantMapper participants;
    private final ConversationAccess access;
    private final TransactionTemplate transaction;

    DirectConversations(ConversationMapper conversations, ConversationParticipantMapper participants,
                        ConversationAccess access, TransactionTemplate transaction) {
        this.conversations = conversations;
        this.participants = participants;
        this.access = access;
        this.transaction = transaction;
    }

    /** The pair's conversation, made now if new ({@code created} true). They must be connected (see access). */
    Opened open(Participant me, Participant peer) {
        if (me.equals(peer)) {
            throw new RuleViolationException("DIRECT_WITH_SELF", "不能和自己发起私聊", Map.of());
        }
        if (!access.connected(me, peer)) {
            throw new NotFoundException("对方不在你的先锋号中");
        }
        String key = keyOf(me, peer);
        Conversation existing = conversations.findByDirectKey(key);
        if (existing != null) {
            return new Opened(existing, false);
        }
        return insertOrFind(() -> {
            transaction.executeWithoutResult(status -> {
                Conversation conversation = new Conversation();
                conversation.setType(ConversationType.DIRECT);
                conversation.setDirectKey(key);
                conversation.setMaxSeq(0L);
                conversations.insert(conversation);
                participants.insert(ConversationParticipant.of(conversation.getId(), me));
                participants.insert(ConversationParticipant.of(conversation.getId(), peer));
            });
            return new Opened(conversations.findByDirectKey(key), true);
        }, () -> new Opened(conversations.findByDirectKey(key), false));
    }

    private static String keyOf(Participant a, Participant b) {
        return String.join("|", Stream.of(a.key(), b.key()).sorted().toList());
    }

    record Opened(Conversation conversation, boolean created) {
    }
}
