package cn.xianfeng.stats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Whole months, both ends included, in the display zone (Asia/Shanghai). */
public record Period(YearMonth from, YearMonth to) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The longest period a request may ask for. */
    public static final int MAX_MONTHS = 36;
    /** The default: the last six whole months and the current one. */
    static final int DEFAULT_PAST_MONTHS = 6;

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both ends");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends after it starts");
        }
    }

    /**
     * The half-year an evaluation round looks back on: MARCH of year Y covers Y-1-09 .. Y-02, SEPTEMBER of Y covers
     * Y-03 .. Y-08.
     */
    public static Period ofRound(int year, String term) {
        return switch (term) {
            case "MARCH" -> new Period(YearMonth.of(year - 1, 9), YearMonth.of(year, 2));
            case "SEPTEMBER" -> new Period(YearMonth.of(year, 3), YearMonth.of(year, 8));
            default -> throw new IllegalArgumentException("unknown term " + term);
        };
    }

    /** The default period at this moment. */
    public static Period recent(Clock clock) {
        YearMonth current = YearMonth.now(clock.withZone(ZONE));
        return new Period(current.minusMonths(DEFAULT_PAST_MONTHS), current);
    }

    /**
     * The period of a request's {@code from}/{@code to} ("2026-03"); either may be left out (the default end is the
     * current month, the default start six months before the end). Anything else is 422 {@code PERIOD_INVALID}.
     */
    static Period parse(String from, String to, Clock clock) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.now(clock.withZone(ZONE)) : month("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(DEFAULT_PAST_MONTHS) : month("from", from);
        if (end.isBefore(start)) {
            throw new StatsExceptions.PeriodInvalid(Map.of("to", "结束月份不能早于开始月份"));
        }
        if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
            throw new StatsExceptions.PeriodInvalid(Map.of("from", "统计区间最长 " + MAX_MONTHS + " 个月"));
        }
        return new Period(start, end);
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new StatsExceptions.PeriodInvalid(Map.of(field, "月份格式应为 yyyy-MM"));
        }
    }

    /** The months of the period in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first day of the first month. */
    public LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the last month. */
    public LocalDate endExclusive() {
        return to.plusMonths(1).atDay(1);
    }

    /** The instant the period starts, in the display zone. */
    public Instant startInstant() {
        return firstDay().atStartOfDay(ZONE).toInstant();
    }

    /** The instant after the period, in the display zone. */
    public Instant endInstant() {
        return endExclusive().atStartOfDay(ZONE).toInstant();
    }
}
