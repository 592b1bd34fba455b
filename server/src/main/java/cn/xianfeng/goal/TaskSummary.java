package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A row of the progress table. {@code overdue}: not done and due before today (derived, not waiting for the job);
 * {@code canReport}: the caller may post progress now (an owner, a unit liaison or the pioneer; the task not done; the
 * co-building open).
 */
public record TaskSummary(String id, String goalId, String cobuildingId, GoalCategory category, String goalTitle,
                          int stage, String title, String description, List<Person> owners, LocalDate plannedStart,
                          LocalDate dueDate, int weight, TaskStatus status, boolean overdue, int percent,
                          BigDecimal achievedAmount, ProgressView latestProgress, boolean canReport,
                          OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
