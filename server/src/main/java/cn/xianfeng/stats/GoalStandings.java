package cn.xianfeng.stats;

import cn.xianfeng.cobuild.GoalCategory;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
        List<TaskRow> rows = jdbc.sql("""
                SELECT g.cobuilding_id, g.id AS goal_id, g.category, t.weight, t.percent, t.status,
                       t.planned_start, t.due_date
                FROM goal g
                JOIN (SELECT cobuilding_id, MAX(stage) AS stage FROM goal WHERE cobuilding_id IN (:ids)
                      GROUP BY cobuilding_id) cur ON cur.cobuilding_id = g.cobuilding_id AND cur.stage = g.stage
                LEFT JOIN goal_task t ON t.goal_id = g.id
                WHERE g.cobuilding_id IN (:ids) AND g.status <> 'DROPPED'
                ORDER BY g.cobuilding_id, g.id""").param("ids", List.copyOf(cobuildingIds))
                .query((rs, n) -> new TaskRow(rs.getLong("cobuilding_id"), rs.getLong("goal_id"),
                        rs.getString("category"), (Integer) rs.getObject("weight", Integer.class),
                        rs.getInt("percent"), rs.getString("status"), date(rs.getDate("planned_start")),
                        date(rs.getDate("due_date"))))
                .list();
        Map<Long, Map<Long, GoalSums>> goalsByCobuilding = new LinkedHashMap<>();
        Map<Long, Integer> overdue = new HashMap<>();
        for (TaskRow r : rows) {
            GoalSums sums = goalsByCobuilding.computeIfAbsent(r.cobuildingId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.goalId(), k -> new GoalSums(r.category()));
            if (r.weight() == null) {
                continue;
            }
            sums.weights += r.weight();
            sums.weighted += (long) r.weight() * r.percent();
            sums.expected += (long) r.weight() * expectedPercent(r.plannedStart(), r.dueDate(), today);
            if (!"DONE".equals(r.status()) && r.dueDate().isBefore(today)) {
                overdue.merge(r.cobuildingId(), 1, Integer::sum);
            }
        }
        Map<Long, Standing> result = new HashMap<>();
        goalsByCobuilding.forEach((cobuildingId, goals) -> {
            Map<String, Integer> completion = new LinkedHashMap<>();
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (GoalCategory category : GoalCategory.values()) {
                List<Integer> actual = new ArrayList<>();
                List<Integer> due = new ArrayList<>();
                goals.values().stream().filter(g -> g.category.equals(category.name())).forEach(g -> {
                    actual.add(g.weights == 0 ? 0 : halfUp(g.weighted, g.weights));
                    due.add(g.weights == 0 ? 0 : halfUp(g.expected, g.weights));
                });
                completion.put(category.name(), mean(actual));
                expected.put(category.name(), mean(due));
            }
            result.put(cobuildingId, new Standing(completion, expected, overdue.getOrDefault(cobuildingId, 0)));
        });
        cobuildingIds.forEach(id -> result.putIfAbsent(id, Standing.NONE));
        return result;
    }

    /** Where an evenly progressing task stands on the day, 0–100. */
    static int expectedPercent(LocalDate plannedStart, LocalDate dueDate, LocalDate today) {
        if (!today.isAfter(plannedStart)) {
            return 0;
        }
        if (!today.isBefore(dueDate)) {
            return 100;
        }
        long span = ChronoUnit.DAYS.between(plannedStart, dueDate);
        return (int) (ChronoUnit.DAYS.between(plannedStart, today) * 100 / span);
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

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private record TaskRow(long cobuildingId, long goalId, String category, Integer weight, int percent,
                           String status, LocalDate plannedStart, LocalDate dueDate) {
    }

    private static final class GoalSums {
        private final String category;
        private long weights;
        private long weighted;
        private long expected;

        private GoalSums(String category) {
            this.category = category;
        }
    }
}
