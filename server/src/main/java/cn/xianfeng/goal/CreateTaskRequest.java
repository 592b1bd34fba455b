package cn.xianfeng.goal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A new task of a goal: its owners (active members of the co-building), when it runs, and its weight in the goal's
 * completion (1 by default). A retried create with the same clientId answers the task the first one made.
 */
public record CreateTaskRequest(
        @NotBlank(message = "请填写任务名称") @Size(max = 100, message = "任务名称最多 100 字") String title,
        @Size(max = 1000, message = "任务说明最多 1000 字") String description,
        @Size(max = 20, message = "责任人最多 20 人")
        List<@NotNull(message = "成员编号不正确") @Pattern(regexp = GoalRequests.ID, message = "成员编号不正确") String> ownerIds,
        @NotNull(message = "请选择计划开始日期") LocalDate plannedStart,
        @NotNull(message = "请选择截止日期") LocalDate dueDate,
        @Min(value = 1, message = "权重应在 1 到 100 之间") @Max(value = 100, message = "权重应在 1 到 100 之间") Integer weight,
        @Size(min = 1, max = 64, message = "clientId 应为 1 到 64 个字符") String clientId) {
}
