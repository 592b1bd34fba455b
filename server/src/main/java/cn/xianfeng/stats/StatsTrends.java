package cn.xianfeng.stats;

import java.util.List;

/** The period month by month (every month present), for the co-buildings in the caller's reach. */
public record StatsTrends(String from, String to, List<Month> months) {

    /** One month; rates are 0..1, null without a denominator. */
    public record Month(String month, int activities, long checkins, long expected, long attended,
                        Double attendanceRate, int progressReports, int photos, long messages, int activeMembers,
                        long briefingsTargeted, long briefingsRead, Double briefingReadRate) {
    }
}
