package cn.xianfeng.runtime;

import java.time.Duration;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication log (Spring Modulith's JDBC registry) moving. A reaction that failed or was cut off
 * stays incomplete; without this it ran again only when the server restarted. Each round resubmits publications
 * older than {@link #RESUBMIT_AFTER} (younger ones may still be running on their first try) and deletes completed
 * ones after {@link #KEEP_COMPLETED}, so the table does not grow for ever. One instance at a time (a Redis lock):
 * two instances resubmitting the same publication would run its reaction twice.
 */
@Component
class EventPublicationMaintenance {

    static final Duration RESUBMIT_AFTER = Duration.ofMinutes(5);
    static final Duration KEEP_COMPLETED = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final RedissonClient redisson;

    EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                                RedissonClient redisson) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.redisson = redisson;
    }

    @Scheduled(initialDelayString = "${xf.events.maintenance-interval:PT5M}",
            fixedDelayString = "${xf.events.maintenance-interval:PT5M}")
    void scheduledRound() {
        RLock lock = redisson.getLock("events:publication-maintenance");
        if (!lock.tryLock()) {
            return;
        }
        try {
            resubmitStale();
            purgeCompleted();
        } catch (RuntimeException e) {
            // The next round tries again; a failing round must not end the schedule.
            log.warn("Event publication maintenance failed: {}", e.getClass().getSimpleName());
        } finally {
            lock.unlock();
        }
    }

    /** Runs the reactions of publications that are still incomplete {@link #RESUBMIT_AFTER} after publication. */
    void resubmitStale() {
        incomplete.resubmitIncompletePublicationsOlderThan(RESUBMIT_AFTER);
    }

    void purgeCompleted() {
        completed.deletePublicationsOlderThan(KEEP_COMPLETED);
    }
}
