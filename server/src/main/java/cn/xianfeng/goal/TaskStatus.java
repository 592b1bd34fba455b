package cn.xianfeng.goal;

/**
 * Where a task stands. A progress report moves NOT_STARTED to IN_PROGRESS, and to DONE at 100%; the pioneer may set
 * any status. Overdue (已逾期) is not a status: it is derived from the due date whenever the task is not DONE.
 */
public enum TaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
