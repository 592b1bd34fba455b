package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags rectifications whose deadline passed with no report, once each, and announces each
 * ({@link RectificationOverdue}). Safe on many instances without a lock: the flag is set by an update that only
 * changes an open, unflagged row past its deadline, and only the instance whose update changed it publishes, in the
 * same transaction. A report submitted in time is not late, so a SUBMITTED one is never flagged.
 */
@Component
class RectificationOverdueJob {

    static final int BATCH = 200;

    private final RectificationMapper rectifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RectificationOverdueJob(RectificationMapper rectifications, ApplicationEventPublisher events,
                            TransactionTemplate transaction, Clock clock) {
        this.rectifications = rectifications;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${xf.rectification.overdue-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void scheduledRound() {
        flagOverdue();
    }

    /** How many rectifications this run flagged. */
    int flagOverdue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = LocalDate.ofInstant(now, ApiTime.DISPLAY_ZONE);
        int flagged = 0;
        List<Long> batch;
        do {
            batch = rectifications.listUnflaggedPastDeadline(today, BATCH);
            for (long id : batch) {
                if (flag(id, today, now)) {
                    flagged++;
                }
            }
            // A row flagged (here or by another instance) or reported on meanwhile no longer matches.
        } while (batch.size() == BATCH);
        return flagged;
    }

    private boolean flag(long id, LocalDate today, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (rectifications.flagOverdue(id, today, now) == 0) {
                return false;
            }
            Rectification r = rectifications.selectById(id);
            events.publishEvent(new RectificationOverdue(r.getCobuildingId(), r.getId(), r.getDeadline()));
            return true;
        }));
    }
}
