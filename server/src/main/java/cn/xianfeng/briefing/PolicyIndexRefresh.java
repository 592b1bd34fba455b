package cn.xianfeng.briefing;

import java.util.concurrent.atomic.AtomicLong;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every instance's {@link PolicyIndex} in step with the published briefings.
 *
 * <p>A briefing event reaches the listener of one instance only (the one whose transaction published it). That
 * instance moves a version counter in Redis and rebuilds its own index at once; every instance compares the counter
 * with the version its index was built at every few seconds and rebuilds when it moved. A counter, not a pub/sub
 * message: a message published while an instance's subscription is down would be lost to it for good, while a counter
 * is still there to be read when Redis answers again. The index is built from the database, never from the event, so
 * events handled twice or out of order still end in the current state. An instance starts with no index and builds it
 * on its first check (or its first question).
 */
@Component
class PolicyIndexRefresh {

    static final String VERSION_KEY = "assistant:policy-index:version";
    private static final Logger logger = LoggerFactory.getLogger(PolicyIndexRefresh.class);

    private final PolicyIndex index;
    private final BriefingDirectory briefings;
    private final RedissonClient redisson;
    /** The counter's value when this instance's index was last built; -1 before the first build. */
    private final AtomicLong builtAt = new AtomicLong(-1);

    PolicyIndexRefresh(PolicyIndex index, BriefingDirectory briefings, RedissonClient redisson) {
        this.index = index;
        this.briefings = briefings;
        this.redisson = redisson;
    }

    @ApplicationModuleListener
    void on(BriefingPublished published) {
        changed();
    }

    @ApplicationModuleListener
    void on(BriefingCorrected corrected) {
        changed();
    }

    @ApplicationModuleListener
    void on(BriefingUnpublished unpublished) {
        changed();
    }

    /** Every instance: rebuilds when another instance announced a change since this one last built. */
    @Scheduled(initialDelayString = "${xf.assistant.index-check-interval:PT5S}",
            fixedDelayString = "${xf.assistant.index-check-interval:PT5S}")
    void check() {
        try {
            long version = version().get();
            if (version != builtAt.get()) {
                rebuild(version);
            }
        } catch (RuntimeException e) {
            // Redis or the database briefly away: the index stays as it is and the next check tries again.
            logger.warn("Policy index check failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Before the first question on a fresh instance: build now rather than answer from nothing. */
    void ensureBuilt() {
        if (!index.built()) {
            rebuild(version().get());
        }
    }

    private void changed() {
        rebuild(version().incrementAndGet());
    }

    /**
     * Builds from what is committed now. The version is read before the briefings, so a change committed in between
     * moves the counter past it and the next check builds again.
     */
    private synchronized void rebuild(long version) {
        index.rebuild(briefings.allPublished());
        builtAt.set(version);
    }

    private RAtomicLong version() {
        return redisson.getAtomicLong(VERSION_KEY);
    }
}
