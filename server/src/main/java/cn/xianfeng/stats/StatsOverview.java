package cn.xianfeng.stats;

import java.util.List;
import java.util.Map;

/**
 * A period at a glance, for the co-buildings in the caller's reach. Rates are 0..1, null without a denominator;
 * completion percents 0–100 (the mean over the open co-buildings of each one's category completion, as of today).
 * Units and members are as of now; entries and exits are units that joined or left a co-building in the period.
 * Push outcomes are the bureau's (null for a liaison: deliveries are not kept per co-building).
 */
public record StatsOverview(String from, String to, Cobuildings cobuildings, int units, int members,
                            int activeMembers, Activities activities, long checkins, long expected, long attended,
                            Double attendanceRate, int progressReports, int photos, long messages,
                            Map<String, Integer> completionByCategory, Briefings briefings, Push push,
                            Flows unitFlows) {

    /** How many co-buildings, by status and by their lead unit's type (every value present). */
    public record Cobuildings(int total, Map<String, Integer> byStatus, Map<String, Integer> byLeadUnitType) {
    }

    /** Activities that started in the period and were not cancelled, by type and by month (every one present). */
    public record Activities(int total, Map<String, Integer> byType, List<MonthCount> byMonth) {
    }

    public record MonthCount(String month, int count) {
    }

    /** Briefings published in the period; the members they went to and how many of them read theirs. */
    public record Briefings(int published, long targeted, long read, Double readRate) {
    }

    /** Subscribe messages that reached a final state in the period; the rate is sent / all of them. */
    public record Push(long sent, long failed, long skipped, Double deliveryRate) {
    }

    public record Flows(int entries, int exits) {
    }
}
