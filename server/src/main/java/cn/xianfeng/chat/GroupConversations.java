package cn.xianfeng.chat;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.cobuild.CobuildingCreated;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.shared.web.NotFoundException;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each co-building's group conversation. It is made when the co-building is created (after that commit, recorded in
 * the event publication log so a crash cannot lose it) and, should that ever not have happened, on first use.
 */
@Component
class GroupConversations {

    private final ConversationMapper conversations;
    private final CobuildingDirectory cobuildings;
    private final ChatCards cards;
    private final TransactionTemplate transaction;

    GroupConversations(ConversationMapper conversations, CobuildingDirectory cobuildings, ChatCards cards,
                       TransactionTemplate transaction) {
        this.conversations = conversations;
        this.cobuildings = cobuildings;
        this.cards = cards;
        this.transaction = transaction;
    }

    // Not a module listener's single transaction: the group is made and committed first, then the card is posted
    // in a transaction of its own (retried on a deadlock). Still recorded in the event publication log.
    @Async
    @TransactionalEventListener
    void on(CobuildingCreated created) {
        ensure(created.cobuildingId());
        cards.postToCobuilding(created.cobuildingId(), CardType.SYSTEM,
                java.util.Map.of("title", "先锋号成立", "text", created.name() + " 正式成立，欢迎大家！"),
                "cobuilding", String.valueOf(created.cobuildingId()));
    }

    /** The co-building's group conversation, made now if it does not exist yet (the unique key settles races). */
    Conversation ensure(long cobuildingId) {
        Conversation existing = conversations.findGroupByCobuilding(cobuildingId);
        if (existing != null) {
            return existing;
        }
        String title = cobuildings.find(cobuildingId).map(CobuildingInfo::name)
                .orElseThrow(() -> new NotFoundException("先锋号不存在"));
        // Made by another request or instance in the meantime: that one is the group.
        return insertOrFind(() -> {
            transaction.executeWithoutResult(status -> {
                Conversation conversation = new Conversation();
                conversation.setType(ConversationType.GROUP);
                conversation.setCobuildingId(cobuildingId);
                conversation.setTitle(title);
                conversation.setMaxSeq(0L);
                conversations.insert(conversation);
            });
            return conversations.findGroupByCobuilding(cobuildingId);
        }, () -> conversations.findGroupByCobuilding(cobuildingId));
    }
}
