package cn.xianfeng.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/** "Now" and "today" for goals: today is the date in Asia/Shanghai, where every due date is meant. */
@Component
class GoalCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    GoalCalendar(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
