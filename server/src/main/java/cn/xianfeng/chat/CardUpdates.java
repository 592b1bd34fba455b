package cn.xianfeng.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redisson.api.RMap;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * A card's in-place changes, coalesced across every instance: its message row is written, and a {@code card-update}
 * frame sent, at most once per card per {@link #WINDOW}, however many events change it.
 * <ul>
 * <li>Each change only records the card's newest payload in Redis (kept if its version is newer than the one there),
 *     so a burst of thousands of check-ins never queues on the card's row.</li>
 * <li>A change that finds no open window for its card opens one (a key set-if-absent, expiring after the window),
 *     writes the newest payload to the row, sends it, and schedules a trailing look for when the window has
 *     closed.</li>
 * <li>A change inside an open window does nothing more: it recorded its payload before looking at the window, so the
 *     trailing look of whoever opened it finds it.</li>
 * <li>The trailing look opens the next window only if the newest version moved past the one sent.</li>
 * </ul>
 * So the last value always goes out. Should the instance holding a trailing look stop before it runs, the newest
 * payload waits in Redis for the card's next change; the row holds the one sent last, which every page returns.
 */
@Component
class CardUpdates {

    static final Duration WINDOW = Duration.ofSeconds(2);
    // The trailing look runs once the window's key has expired, so a change after it opens a window of its own.
    private static final Duration TRAIL_MARGIN = Duration.ofMillis(50);
    private static final Duration KEEP_NEWEST = Duration.ofDays(1);
    private static final String KEEP_IF_NEWER = """
            local v = redis.call('HGET', KEYS[1], 'v')
            if v and tonumber(v) >= tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[1], 'v', ARGV[1], 'p', ARGV[2])
            redis.call('PEXPIRE', KEYS[1], ARGV[3])
            return 1""";
    private static final Logger log = LoggerFactory.getLogger(CardUpdates.class);

    private final ConversationMapper conversations;
    private final ConversationWriter writer;
    private final ChatFrames frames;
    private final RedissonClient redisson;
    private final TaskScheduler scheduler;

    CardUpdates(ConversationMapper conversations, ConversationWriter writer, ChatFrames frames,
                RedissonClient redisson, TaskScheduler scheduler) {
        this.conversations = conversations;
        this.writer = writer;
        this.frames = frames;
        this.redisson = redisson;
        this.scheduler = scheduler;
    }

    /** The card now shows {@code payload} at {@code version}, unless it has seen a newer version already. */
    void changed(long conversationId, long cardId, String payload, long version) {
        Long kept = redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, KEEP_IF_NEWER,
                RScript.ReturnType.LONG, List.of(newestKey(cardId)), String.valueOf(version), payload,
                String.valueOf(KEEP_NEWEST.toMillis()));
        if (kept != null && kept == 1) {
            offer(conversationId, cardId);
        }
    }

    private void offer(long conversationId, long cardId) {
        if (!redisson.getBucket("chat:card-window:" + cardId, StringCodec.INSTANCE).setIfAbsent("open", WINDOW)) {
            return;
        }
        Map<String, String> newest = newest(cardId).getAll(Set.of("v", "p"));
        // Committed before the frame goes out: a page read after the frame shows the same payload or a newer one.
        ChatMessage card = newest.get("v") == null ? writer.updateCard(cardId, null, 0)
                : writer.updateCard(cardId, newest.get("p"), Long.parseLong(newest.get("v")));
        frames.cardUpdated(conversations.selectById(conversationId), card);
        long sent = card.getCardVersion();
        scheduler.schedule(() -> trail(conversationId, cardId, sent), Instant.now().plus(WINDOW).plus(TRAIL_MARGIN));
    }

    private void trail(long conversationId, long cardId, long sentVersion) {
        try {
            String newest = newest(cardId).get("v");
            if (newest != null && Long.parseLong(newest) > sentVersion) {
                offer(conversationId, cardId);
            }
        } catch (RuntimeException e) {
            // The newest payload stays in Redis; the card's next change sends it.
            log.warn("Trailing card update of message {} failed: {}", cardId, e.getClass().getSimpleName());
        }
    }

    private RMap<String, String> newest(long cardId) {
        return redisson.getMap(newestKey(cardId), StringCodec.INSTANCE);
    }

    private static String newestKey(long cardId) {
        return "chat:card-newest:" + cardId;
    }
}
