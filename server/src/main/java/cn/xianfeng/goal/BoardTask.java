package cn.xianfeng.goal;

import java.time.LocalDate;
import java.util.List;

/** A task on the public board: its owners by display name only. */
public record BoardTask(long id, String title, List<String> ownerNames, LocalDate plannedStart, LocalDate dueDate,
                        int weight, TaskStatus status, boolean overdue, int percent, BoardProgress latestProgress) {
}
