package cn.xianfeng.stats;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Months as the counters key them: the first day of the month in Asia/Shanghai. Times are stored in UTC, and China
 * keeps no daylight saving, so SQL shifts a stored time by eight hours to find its month without time zone tables.
 */
final class Months {

    private Months() {
    }

    /** The month of a stored DATETIME column or expression, as a DATE. */
    static String of(String column) {
        return "CAST(DATE_FORMAT(" + column + " + INTERVAL 8 HOUR, '%Y-%m-01') AS DATE)";
    }

    /** The month of an instant. */
    static Date of(Instant at) {
        return Date.valueOf(YearMonth.from(at.atZone(Period.ZONE)).atDay(1));
    }

    static Date first(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }

    static YearMonth month(Date date) {
        LocalDate day = date.toLocalDate();
        return YearMonth.from(day);
    }
}
