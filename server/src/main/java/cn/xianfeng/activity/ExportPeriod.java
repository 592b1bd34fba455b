package cn.xianfeng.activity;

import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The days an export covers, both inclusive, in Asia/Shanghai: {@code from}/{@code to} as months ("2026-03", the
 * whole month) or days ("2026-03-05"). Without them: the last six whole months and the current one, like the
 * statistics. At most 36 months, {@code to} not before {@code from}; anything else is 422 PERIOD_INVALID.
 */
record ExportPeriod(LocalDate from, LocalDate to) {

    static final int MAX_MONTHS = 36;
    private static final int DEFAULT_PAST_MONTHS = 6;

    static ExportPeriod parse(String from, String to, Clock clock) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = day(from, false, "from", errors);
        LocalDate end = day(to, true, "to", errors);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        YearMonth now = YearMonth.now(clock.withZone(ApiTime.DISPLAY_ZONE));
        if (end == null) {
            end = start == null ? now.atEndOfMonth() : YearMonth.from(start).plusMonths(DEFAULT_PAST_MONTHS)
                    .atEndOfMonth();
        }
        if (start == null) {
            start = YearMonth.from(end).minusMonths(DEFAULT_PAST_MONTHS).atDay(1);
        }
        if (end.isBefore(start)) {
            throw invalid(Map.of("to", "结束不能早于开始"));
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) >= MAX_MONTHS) {
            throw invalid(Map.of("to", "一次最多导出 " + MAX_MONTHS + " 个月"));
        }
        return new ExportPeriod(start, end);
    }

    /** The first instant of the period. */
    Instant startsAt() {
        return from.atStartOfDay(ApiTime.DISPLAY_ZONE).toInstant();
    }

    /** The first instant after the period. */
    Instant endsBefore() {
        return to.plusDays(1).atStartOfDay(ApiTime.DISPLAY_ZONE).toInstant();
    }

    /** "2026-03至2026-08" for whole months, else the days. */
    String label() {
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
        return wholeMonths ? YearMonth.from(from) + "至" + YearMonth.from(to) : from + "至" + to;
    }

    private static LocalDate day(String text, boolean end, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 7) {
                YearMonth month = YearMonth.parse(value);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "应为年月（2026-03）或日期（2026-03-05）");
            return null;
        }
    }

    private static RuleViolationException invalid(Map<String, String> errors) {
        return new RuleViolationException("PERIOD_INVALID", "导出的时间区间不正确", errors);
    }
}
