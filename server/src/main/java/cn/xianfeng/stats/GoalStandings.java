package cn.xianfeng.stats;

import cn.xianfeng.cobuild.GoalCategory;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The five ones of many co-buildings as of a day, from their goals and tasks (small tables) in one query: completion
 * per category as the goal feature derives it (per goal Σ weight × percent / Σ weight, per category the mean over the
 * goals of the current stage that are not dropped, both rounded half up), the completion each category should have
 * reached by the day if every task progressed evenly from its planned start to its due date, and the overdue tasks
 * (not done, due before the day).
 */
@Component
class GoalStandings {

    private final JdbcClient jdbc;

    GoalStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One co-building's standing; every category is present. */
    record Standing(Map<String, Integer> completionByCategory, Map<String, Integer> expectedByCategory,
                    int overdueTasks) {

        static final Standing NONE = new Standing(zeros(), zeros(), 0);

        private static Map<String, Integer> zeros() {
            Map<String, Integer> zeros = new LinkedHashMap<>();
            for (GoalCategory category : GoalCategory.values()) {
                zeros.put(category.name(), 0);
            }
            return java.util.Collections.unmodifiableMap(zeros);
        }
    }

    Map<Long, Standing> of(Collection<Long> cobuildingIds, LocalDate today) {
        if (cobuildingIds.isEmpty()) {
            return Map.of();
        }
        // Per goal of the current stage: Σ weight, Σ weight × percent, Σ weight × where the task should be today
        // (0 before its planned start, 100 from its due date, evenly in between), and its overdue tasks.
        List<GoalSums> rows = jdbc.sql("""
                SELECT g.cobuilding_id, g.category, COALESCE(SUM(t.weight), 0) AS weights,
                       COALESCE(SUM(t.weight * t.percent), 0) AS weighted,
                       COALESCE(SUM(t.weight * CASE WHEN :today <= t.planned_start THEN 0
                                                    WHEN :today >= t.due_date THEN 100
                                                    ELSE FLOOR(DATEDIFF(:today, t.planned_start) * 100
                                                               / DATEDIFF(t.due_date, t.planned_start)) END), 0)
                           AS expected,
                       COALESCE(SUM(t.status <> 'DONE' AND t.due_date < :today), 0) AS overdue
                FROM goal g
                JOIN (SELECT cobuilding_id, MAX(stage) AS stage FROM goal WHERE cobuilding_id IN (:ids)
                      GROUP BY cobuilding_id) cur ON cur.cobuilding_id = g.cobuilding_id AND cur.stage = g.stage
                LEFT JOIN goal_task t ON t.goal_id = g.id
                WHERE g.cobuilding_id IN (:ids) AND g.status <> 'DROPPED'
                GROUP BY g.cobuilding_id, g.id, g.category""").param("ids", List.copyOf(cobuildingIds))
                .param("today", Date.valueOf(today))
                .query((rs, n) -> new GoalSums(rs.getLong("cobuilding_id"), rs.getString("category"),
                        rs.getLong("weights"), rs.getLong("weighted"), rs.getLong("expected"), rs.getInt("overdue")))
                .list();
        Map<Long, List<GoalSums>> goalsByCobuilding = new HashMap<>();
        rows.forEach(g -> goalsByCobuilding.computeIfAbsent(g.cobuildingId(), k -> new ArrayList<>()).add(g));
        Map<Long, Standing> result = new HashMap<>();
        goalsByCobuilding.forEach((cobuildingId, goals) -> {
            Map<String, Integer> completion = new LinkedHashMap<>();
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (GoalCategory category : GoalCategory.values()) {
                List<GoalSums> of = goals.stream().filter(g -> g.category().equals(category.name())).toList();
                completion.put(category.name(), mean(of.stream().map(g -> g.share(g.weighted())).toList()));
                expected.put(category.name(), mean(of.stream().map(g -> g.share(g.expected())).toList()));
            }
            result.put(cobuildingId, new Standing(completion, expected,
                    goals.stream().mapToInt(GoalSums::overdue).sum()));
        });
        cobuildingIds.forEach(id -> result.putIfAbsent(id, Standing.NONE));
        return result;
    }

    private static int halfUp(long numerator, long denominator) {
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }

    private static int mean(List<Integer> values) {
        if (values.isEmpty()) {
            return 0;
        }
        long sum = values.stream().mapToLong(Integer::longValue).sum();
        return halfUp(sum, values.size());
    }

    /** One goal's sums over its tasks. */
    private record GoalSums(long cobuildingId, String category, long weights, long weighted, long expected,
                            int overdue) {

        /** A sum over the weights as a percent, rounded half up; 0 without tasks. */
        int share(long sum) {
            return weights == 0 ? 0 : halfUp(sum, weights);
        }
    }
}
