package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A goal with its tasks (overdue first, then by due date); {@code editable}: the caller is the pioneer and the
 * co-building is open.
 */
public record GoalView(String id, String cobuildingId, GoalCategory category, int stage, String title,
                       String description, String targetText, BigDecimal targetAmount, String targetUnit,
                       BigDecimal achievedAmount, LocalDate targetDate, GoalStatus status, int completion,
                       int taskCount, int doneCount, int overdueCount, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt, List<TaskSummary> tasks, boolean editable) {

    static GoalView of(GoalSummary s, List<TaskSummary> tasks, boolean editable) {
        return new GoalView(s.id(), s.cobuildingId(), s.category(), s.stage(), s.title(), s.description(),
                s.targetText(), s.targetAmount(), s.targetUnit(), s.achievedAmount(), s.targetDate(), s.status(),
                s.completion(), s.taskCount(), s.doneCount(), s.overdueCount(), s.createdAt(), s.updatedAt(), tasks,
                editable);
    }
}
