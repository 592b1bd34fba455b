package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A goal on the public board, with its tasks and its derived completion. */
public record BoardGoal(long id, GoalCategory category, String title, String description, String targetText,
                        BigDecimal targetAmount, String targetUnit, BigDecimal achievedAmount, LocalDate targetDate,
                        GoalStatus status, int completion, List<BoardTask> tasks) {
}
