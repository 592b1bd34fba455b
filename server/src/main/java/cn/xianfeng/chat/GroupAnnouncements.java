package cn.xianfeng.chat;

import cn.xianfeng.cobuild.AnnouncementChanged;
import java.util.Map;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the group when its pioneer changed the 群公告: a system card after the change committed (kept in the event
 * publication log, so a crash cannot lose it), one per change however often the reaction runs.
 */
@Component
class GroupAnnouncements {

    static final String TITLE = "群公告已更新";

    private final GroupConversations groups;
    private final ChatCards cards;

    GroupAnnouncements(GroupConversations groups, ChatCards cards) {
        this.groups = groups;
        this.cards = cards;
    }

    // Not a module listener's single transaction: the group is made and committed first, then the card is posted
    // in a transaction of its own (retried on a deadlock). Still recorded in the event publication log.
    @Async
    @TransactionalEventListener
    void on(AnnouncementChanged changed) {
        groups.ensure(changed.cobuildingId());
        cards.postToCobuilding(changed.cobuildingId(), CardType.SYSTEM,
                Map.of("title", TITLE, "text", changed.announcement() == null ? "群公告已清空" : changed.announcement()),
                "announcement", String.valueOf(changed.historyId()));
    }
}
