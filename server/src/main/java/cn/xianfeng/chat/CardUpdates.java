package cn.xianfeng.chat;

import java.time.Duration;
import java.time.Instant;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Coalesces a card's in-place changes into at most one {@code card-update} frame per card per {@link #WINDOW}, across
 * every instance. The payload itself is on the message row (written by {@link ConversationWriter#updateCard}); here
 * only the sending is decided:
 * <ul>
 * <li>A change that finds no open window for its card opens one (a Redis key set-if-absent, expiring after the
 *     window), sends the row's current payload at once and schedules a trailing look when the window has closed.</li>
 * <li>A change inside an open window sends nothing: its row was committed before it looked at the window, so the
 *     trailing look of whoever opened it reads it.</li>
 * <li>The trailing look sends (and opens the next window) only if the card's version moved past the one sent.</li>
 * </ul>
 * So a burst of thousands of check-ins costs one frame per window, and the last value always goes out. Should the
 * instance holding a trailing look stop before it runs, the payload is still on the row: every page and sync returns
 * it, and the card's next change sends it.
 */
@Component
class CardUpdates {

    static final Duration WINDOW = Duration.ofSeconds(2);
    // The trailing look runs once the window's key has expired, so a change after it opens a window of its own.
    private static final Duration TRAIL_MARGIN = Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(CardUpdates.class);

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ChatFrames frames;
    private final RedissonClient redisson;
    private final TaskScheduler scheduler;

    CardUpdates(ConversationMapper conversations, ChatMessageMapper messages, ChatFrames frames,
                RedissonClient redisson, TaskScheduler scheduler) {
        this.conversations = conversations;
        this.messages = messages;
        this.frames = frames;
        this.redisson = redisson;
        this.scheduler = scheduler;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CardChanged changed) {
        offer(changed.conversationId(), changed.messageId());
    }

    private void offer(long conversationId, long cardId) {
        RBucket<String> window = redisson.getBucket("chat:card-window:" + cardId, StringCodec.INSTANCE);
        if (!window.setIfAbsent("open", WINDOW)) {
            return;
        }
        ChatMessage card = messages.selectById(cardId);
        frames.cardUpdated(conversations.selectById(conversationId), card);
        long sent = card.getCardVersion();
        scheduler.schedule(() -> trail(conversationId, cardId, sent), Instant.now().plus(WINDOW).plus(TRAIL_MARGIN));
    }

    private void trail(long conversationId, long cardId, long sentVersion) {
        try {
            if (messages.selectById(cardId).getCardVersion() > sentVersion) {
                offer(conversationId, cardId);
            }
        } catch (RuntimeException e) {
            // The payload is on the row; the card's next change or the client's next page brings it.
            log.warn("Trailing card update of message {} failed: {}", cardId, e.getClass().getSimpleName());
        }
    }
}
