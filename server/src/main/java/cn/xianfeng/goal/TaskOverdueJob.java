package cn.xianfeng.goal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Flags tasks that passed their due date undone, once per due date, and announces each ({@link TaskOverdue}). Safe
 * on many instances without a lock: each task is flagged by an update that only changes an unflagged row, and only
 * the instance whose update changed it publishes, in the same transaction.
 */
@Component
class TaskOverdueJob {

    static final int BATCH = 200;

    private final GoalTaskMapper tasks;
    private final GoalTaskOwnerMapper owners;
    private final GoalCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    TaskOverdueJob(GoalTaskMapper tasks, GoalTaskOwnerMapper owners, GoalCalendar calendar,
                   ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.tasks = tasks;
        this.owners = owners;
        this.calendar = calendar;
        this.events = events;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${xf.goal.overdue-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void scheduledRound() {
        flagOverdue();
    }

    /** How many tasks this run flagged. */
    int flagOverdue() {
        int flagged = 0;
        List<GoalTask> batch;
        do {
            batch = tasks.listToFlagOverdue(calendar.today(), BATCH);
            for (GoalTask task : batch) {
                if (flag(task)) {
                    flagged++;
                }
            }
            // A row another instance flagged meanwhile no longer matches, so each round reads new rows only.
        } while (batch.size() == BATCH);
        return flagged;
    }

    private boolean flag(GoalTask task) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (tasks.flagOverdue(task.getId(), calendar.now()) == 0) {
                return false;
            }
            List<Long> ownerIds = owners.listByTasks(List.of(task.getId())).stream().map(GoalTaskOwner::getUserId)
                    .toList();
            events.publishEvent(new TaskOverdue(task.getId(), task.getGoalId(), task.getCobuildingId(),
                    task.getTitle(), task.getDueDate(), ownerIds));
            return true;
        }));
    }
}
