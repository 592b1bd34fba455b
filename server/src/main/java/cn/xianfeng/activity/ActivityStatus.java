package cn.xianfeng.activity;

import java.time.Instant;

/**
 * Where an activity stands: {@code SCHEDULED → ONGOING → ENDED} follow the clock (start and end), never stored;
 * {@code CANCELLED} (with a reason) is the one state someone sets, and it is final.
 */
public enum ActivityStatus {
    SCHEDULED,
    ONGOING,
    ENDED,
    CANCELLED;

    static ActivityStatus of(Instant cancelledAt, Instant startAt, Instant endAt, Instant now) {
        if (cancelledAt != null) {
            return CANCELLED;
        }
        if (now.isBefore(startAt)) {
            return SCHEDULED;
        }
        return now.isBefore(endAt) ? ONGOING : ENDED;
    }

    /** Ended and cancelled activities take no more changes. */
    boolean settled() {
        return this == ENDED || this == CANCELLED;
    }
}
