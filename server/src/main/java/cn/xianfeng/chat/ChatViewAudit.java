package cn.xianfeng.chat;

import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.shared.security.AdminCaller;
import java.time.Duration;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit of the bureau reading a co-building's group chat. Every read path records it (the latest page, history,
 * sync from any seq, the conversation's line with its last message), so no choice of parameters reads unaudited; one
 * row per admin, conversation and hour, so a console polling for new messages does not flood the log. The hour is a
 * Redis key set only if absent, shared by every instance.
 */
@Component
class ChatViewAudit {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final String KEY_PREFIX = "chat:view-audit:";

    private final AuditLog audit;
    private final RedissonClient redisson;
    private final TransactionTemplate transaction;

    ChatViewAudit(AuditLog audit, RedissonClient redisson, TransactionTemplate transaction) {
        this.audit = audit;
        this.redisson = redisson;
        this.transaction = transaction;
    }

    /** Records that the admin read the conversation, unless they already did within the hour. Groups only. */
    void viewed(AdminCaller caller, Conversation conversation) {
        if (conversation.getType() != ConversationType.GROUP) {
            // A direct conversation is read by its own two people only: the admin reads their own words.
            return;
        }
        RBucket<String> window = redisson.getBucket(key(caller.adminId(), conversation.getId()), StringCodec.INSTANCE);
        if (!window.setIfAbsent("1", WINDOW)) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> audit.record(caller, "chat.view", "conversation",
                    conversation.getId(), conversation.getTitle()));
        } catch (RuntimeException e) {
            // Without its row the hour must not count as audited: the next read tries again.
            window.delete();
            throw e;
        }
    }

    static String key(long adminId, long conversationId) {
        return KEY_PREFIX + adminId + ":" + conversationId;
    }
}
