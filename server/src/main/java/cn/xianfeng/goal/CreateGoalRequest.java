package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new goal in the co-building's current stage (or, in a stage summary, one of the next stage's goals, without a
 * clientId). A retried create with the same clientId answers the goal the first one made.
 */
public record CreateGoalRequest(
        @NotNull(message = "请选择目标类别") GoalCategory category,
        @NotBlank(message = "请填写目标名称") @Size(max = 100, message = "目标名称最多 100 字") String title,
        @Size(max = 1000, message = "目标说明最多 1000 字") String description,
        @Size(max = 100, message = "目标值描述最多 100 字") String targetText,
        @DecimalMin(value = "0", message = "目标数量不能为负数")
        @DecimalMax(value = "1000000000", message = "目标数量最多 10 亿")
        @Digits(integer = 10, fraction = 2, message = "目标数量最多两位小数") BigDecimal targetAmount,
        @Size(max = 16, message = "单位最多 16 字") String targetUnit,
        LocalDate targetDate,
        @Size(min = 1, max = 64, message = "clientId 应为 1 到 64 个字符") String clientId) {
}
