package cn.xianfeng.goal;

import java.time.LocalDate;
import java.util.List;

/** A task passed its due date without being done; published once per due date by the overdue job. */
public record TaskOverdue(long taskId, long goalId, long cobuildingId, String title, LocalDate dueDate,
                          List<Long> ownerIds) {
}
