package cn.xianfeng.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.shared.web.RuleViolationException;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Periods of whole months in Asia/Shanghai, and the half-year an evaluation round looks back on. */
class PeriodTest {

    /** 2026-03-31 17:00 UTC is already April 1st in Shanghai. */
    static final Clock APRIL_FIRST_IN_SHANGHAI = Clock.fixed(Instant.parse("2026-03-31T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void aRoundLooksBackOnTheHalfYearBeforeIt() {
        assertThat(Period.ofRound(2027, "MARCH")).isEqualTo(new Period(YearMonth.of(2026, 9), YearMonth.of(2027, 2)));
        assertThat(Period.ofRound(2027, "SEPTEMBER"))
                .isEqualTo(new Period(YearMonth.of(2027, 3), YearMonth.of(2027, 8)));
        assertThat(Period.ofRound(2027, "MARCH").months()).hasSize(6);
        assertThatThrownBy(() -> Period.ofRound(2027, "JUNE")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultIsTheLastSixWholeMonthsAndTheCurrentOneInShanghai() {
        assertThat(Period.recent(APRIL_FIRST_IN_SHANGHAI))
                .isEqualTo(new Period(YearMonth.of(2025, 10), YearMonth.of(2026, 4)));
        assertThat(Period.parse(null, null, APRIL_FIRST_IN_SHANGHAI)).isEqualTo(Period.recent(APRIL_FIRST_IN_SHANGHAI));
        assertThat(Period.parse(null, "2026-02", APRIL_FIRST_IN_SHANGHAI))
                .isEqualTo(new Period(YearMonth.of(2025, 8), YearMonth.of(2026, 2)));
        assertThat(Period.parse("2026-03", null, APRIL_FIRST_IN_SHANGHAI))
                .isEqualTo(new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 4)));
    }

    @Test
    void aPeriodStartsAndEndsAtMidnightInShanghai() {
        Period march = new Period(YearMonth.of(2026, 3), YearMonth.of(2026, 3));
        assertThat(march.startInstant()).isEqualTo(Instant.parse("2026-02-28T16:00:00Z"));
        assertThat(march.endInstant()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
        assertThat(Months.of(Instant.parse("2026-02-28T15:59:59.999Z"))).isEqualTo(Date.valueOf("2026-02-01"));
        assertThat(Months.of(Instant.parse("2026-02-28T16:00:00Z"))).isEqualTo(Date.valueOf("2026-03-01"));
    }

    @Test
    void aBadPeriodIsRefused() {
        assertThatThrownBy(() -> Period.parse("2026-05", "2026-04", APRIL_FIRST_IN_SHANGHAI))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "PERIOD_INVALID");
        assertThatThrownBy(() -> Period.parse("2023-04", "2026-04", APRIL_FIRST_IN_SHANGHAI))
                .isInstanceOf(RuleViolationException.class);
        assertThat(Period.parse("2023-05", "2026-04", APRIL_FIRST_IN_SHANGHAI).months()).hasSize(36);
        assertThatThrownBy(() -> Period.parse("2026/04", null, APRIL_FIRST_IN_SHANGHAI))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new Period(YearMonth.of(2026, 5), YearMonth.of(2026, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
