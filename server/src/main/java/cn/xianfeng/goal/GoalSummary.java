package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A goal in a list: its target, the amount achieved so far (Σ of its tasks' reports), and its completion derived
 * from its tasks (Σ weight × percent / Σ weight, rounded; 0 without tasks).
 */
public record GoalSummary(String id, String cobuildingId, GoalCategory category, int stage, String title,
                          String description, String targetText, BigDecimal targetAmount, String targetUnit,
                          BigDecimal achievedAmount, LocalDate targetDate, GoalStatus status, int completion,
                          int taskCount, int doneCount, int overdueCount, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}
