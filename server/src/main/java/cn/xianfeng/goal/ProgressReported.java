package cn.xianfeng.goal;

import java.util.List;

/** A progress report was posted on a task; published in its transaction. */
public record ProgressReported(long reportId, long taskId, long goalId, long cobuildingId, long reporterId, int percent,
                               List<Long> photoMediaIds) {
}
