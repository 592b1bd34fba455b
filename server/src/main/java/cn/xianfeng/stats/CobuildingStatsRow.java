package cn.xianfeng.stats;

import java.time.LocalDate;
import java.util.Map;

/**
 * A row of the per co-building table: its {@link CobuildingMetrics} over the period, with its bureau liaison's name
 * and {@code completion}, the mean of the five categories' completion.
 */
public record CobuildingStatsRow(String cobuildingId, String name, String status, String leadUnitType,
                                 String bureauLiaisonId, String bureauLiaisonName, int members, int activeMembers,
                                 int activities, long expected, long attended, Double attendanceRate,
                                 LocalDate lastActivityDate, int progressReports, int photos, int overdueTasks,
                                 Map<String, Integer> completionByCategory, int completion, int briefingsTargeted,
                                 int briefingsRead, Double briefingReadRate, long messages, long checkins) {

    static CobuildingStatsRow of(CobuildingMetrics m, String liaisonName) {
        return new CobuildingStatsRow(String.valueOf(m.cobuildingId()), m.name(), m.status(), m.leadUnitType(),
                m.bureauLiaisonId() == null ? null : String.valueOf(m.bureauLiaisonId()), liaisonName, m.members(),
                m.activeMembers(), m.activities(), m.expected(), m.attended(), m.attendanceRate(),
                m.lastActivityDate(), m.progressReports(), m.photos(), m.overdueTasks(), m.completionByCategory(),
                completion(m), m.briefingsTargeted(), m.briefingsRead(), m.briefingReadRate(), m.messages(),
                m.checkins());
    }

    /** The mean of the categories, rounded half up. */
    static int completion(CobuildingMetrics m) {
        int sum = m.completionByCategory().values().stream().mapToInt(Integer::intValue).sum();
        int n = m.completionByCategory().size();
        return n == 0 ? 0 : (2 * sum + n) / (2 * n);
    }
}
