package cn.xianfeng.stats;

import java.time.LocalDate;
import java.util.Map;

/**
 * One co-building's measures over a period; rates are null when their denominator is 0; percents 0–100.
 * Activities are the ones not cancelled that start in the period; {@code expected} is 应到 (the activity's list, or
 * for an activity of all members the members it had while it ran) and {@code attended} is 实到 among them (a
 * check-in that was not overruled). Briefings count people: {@code briefingsTargeted} is how many of the
 * co-building's members briefings published in the period went to, {@code briefingsRead} how many of them opened
 * theirs. {@code lastActivityDate} is the start of the latest activity up to the end of the period;
 * {@code overdueTasks} and {@code completionByCategory} are as of today (current stage, dropped goals left out).
 */
public record CobuildingMetrics(long cobuildingId, String name, String status, String leadUnitType,
                                Long bureauLiaisonId, int members, int activeMembers, int activities, long expected,
                                long attended, Double attendanceRate, LocalDate lastActivityDate,
                                int progressReports, int photos, int overdueTasks,
                                Map<String, Integer> completionByCategory, int briefingsTargeted, int briefingsRead,
                                Double briefingReadRate, long messages, long checkins) {

    /** attended / expected, null without anyone expected. */
    static Double rate(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
