package cn.xianfeng.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Check-ins reach the counters in batches per activity. Everyone checks in as a lecture starts: counting each one on
 * its own moved the same {@code stats_activity} row 2,000 times under its lock, and recounted 应到 each time. Here the
 * first check-in of a burst recounts the activity at once ({@link Counters#checkins}); those that arrive while it runs
 * wait, and one more recount a second after it takes them all. So a burst costs a few dozen recounts, the last of
 * which sees the last check-in.
 */
@Component
class CheckinCounts {

    private static final Logger log = LoggerFactory.getLogger(CheckinCounts.class);
    private static final Duration FOLLOW_UP = Duration.ofSeconds(1);

    /** Per activity with a recount running or due: who checked in since it started. No entry: none running. */
    private final ConcurrentMap<Long, Set<Long>> waiting = new ConcurrentHashMap<>();
    private final Counters counters;
    private final TaskScheduler scheduler;

    CheckinCounts(Counters counters, TaskScheduler scheduler) {
        this.counters = counters;
        this.scheduler = scheduler;
    }

    void checkedIn(long activityId, long userId) {
        boolean[] first = {false};
        waiting.compute(activityId, (id, people) -> {
            Set<Long> now = people == null ? new HashSet<>() : people;
            first[0] = people == null;
            now.add(userId);
            return now;
        });
        if (first[0]) {
            recount(activityId);
        }
    }

    private void recount(long activityId) {
        Set<Long> people = waiting.replace(activityId, new HashSet<>());
        try {
            counters.checkins(activityId, people);
        } catch (RuntimeException e) {
            // The next check-in recounts the activity again; who was active is mended by the nightly reconciliation.
            log.warn("Counting the check-ins of activity {} failed", activityId, e);
        }
        boolean[] more = {false};
        waiting.compute(activityId, (id, arrived) -> {
            more[0] = !arrived.isEmpty();
            return more[0] ? arrived : null;
        });
        if (more[0]) {
            scheduler.schedule(() -> recount(activityId), Instant.now().plus(FOLLOW_UP));
        }
    }
}
