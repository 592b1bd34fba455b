package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A task on its own page; {@code editable}: the caller is the pioneer and the co-building is open. */
public record TaskView(String id, String goalId, String cobuildingId, GoalCategory category, String goalTitle,
                       int stage, String title, String description, List<Person> owners, LocalDate plannedStart,
                       LocalDate dueDate, int weight, TaskStatus status, boolean overdue, int percent,
                       BigDecimal achievedAmount, ProgressView latestProgress, boolean canReport,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean editable) {

    static TaskView of(TaskSummary s, boolean editable) {
        return new TaskView(s.id(), s.goalId(), s.cobuildingId(), s.category(), s.goalTitle(), s.stage(), s.title(),
                s.description(), s.owners(), s.plannedStart(), s.dueDate(), s.weight(), s.status(), s.overdue(),
                s.percent(), s.achievedAmount(), s.latestProgress(), s.canReport(), s.createdAt(), s.updatedAt(),
                editable);
    }
}
