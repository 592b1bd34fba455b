package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;
import java.time.Instant;

/** A progress report with the task and goal it is on, as a chat card shows it. */
public record ProgressInfo(long reportId, long taskId, long goalId, long cobuildingId, GoalCategory category,
                           String taskTitle, String goalTitle, long reporterId, int percent, String note,
                           Instant reportedAt) {
}
