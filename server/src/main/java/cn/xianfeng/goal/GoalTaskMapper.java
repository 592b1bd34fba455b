package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface GoalTaskMapper extends BaseMapper<GoalTask> {

    default GoalTask findByClient(long goalId, String clientId) {
        return selectOne(Wrappers.<GoalTask>lambdaQuery().eq(GoalTask::getGoalId, goalId)
                .eq(GoalTask::getClientId, clientId));
    }

    default GoalTask lockById(long id) {
        return selectOne(Wrappers.<GoalTask>lambdaQuery().eq(GoalTask::getId, id).last("FOR UPDATE"));
    }

    /** The goal's tasks, locked in id order: a delete holds them while it looks for reports on them. */
    default List<GoalTask> lockByGoal(long goalId) {
        return selectList(Wrappers.<GoalTask>lambdaQuery().eq(GoalTask::getGoalId, goalId).orderByAsc(GoalTask::getId)
                .last("FOR UPDATE"));
    }

    default List<GoalTask> listByGoals(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<GoalTask>lambdaQuery().in(GoalTask::getGoalId, goalIds)
                .orderByAsc(GoalTask::getDueDate).orderByAsc(GoalTask::getId));
    }

    default long countByGoal(long goalId) {
        return selectCount(Wrappers.<GoalTask>lambdaQuery().eq(GoalTask::getGoalId, goalId));
    }

    default void deleteByGoal(long goalId) {
        delete(Wrappers.<GoalTask>lambdaQuery().eq(GoalTask::getGoalId, goalId));
    }

    /**
     * The progress table of a co-building's stage: overdue tasks first (not done, due before today), then by due
     * date and id. The goal ids of the stage are numbers from our own table, so the sub-select carries them as is.
     */
    default Page<GoalTask> pageByFilter(TaskFilter filter, LocalDate today, Page<GoalTask> page) {
        LambdaQueryWrapper<GoalTask> query = Wrappers.<GoalTask>lambdaQuery()
                .eq(GoalTask::getCobuildingId, filter.cobuildingId())
                .inSql(GoalTask::getGoalId, "SELECT id FROM goal WHERE cobuilding_id = " + filter.cobuildingId()
                        + " AND stage = " + filter.stage())
                .eq(filter.status() != null, GoalTask::getStatus, filter.status());
        if (filter.ownerId() != null) {
            query.inSql(GoalTask::getId, "SELECT task_id FROM goal_task_owner WHERE user_id = " + filter.ownerId());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.ne(GoalTask::getStatus, TaskStatus.DONE).lt(GoalTask::getDueDate, today);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.and(q -> q.eq(GoalTask::getStatus, TaskStatus.DONE).or().ge(GoalTask::getDueDate, today));
        }
        // Overdue first: the flag computed the same way as the views do, from the date the service passes in.
        query.last("ORDER BY CASE WHEN status <> 'DONE' AND due_date < '" + today + "' THEN 0 ELSE 1 END, "
                + "due_date, id");
        return selectPage(page, query);
    }

    /** Percent and status as a progress report leaves them; overdue cleared when the task is done. */
    default void setProgress(long id, int percent, TaskStatus status) {
        update(Wrappers.<GoalTask>lambdaUpdate().set(GoalTask::getPercent, percent).set(GoalTask::getStatus, status)
                .setSql(status == TaskStatus.DONE, "overdue_at = NULL")
                .eq(GoalTask::getId, id));
    }

    /**
     * Every editable column written as given (a description may be cleared); the overdue flag cleared when the task
     * is done or due today or later, so it can be flagged again.
     */
    default void applyChange(GoalTask t, boolean clearOverdue) {
        update(Wrappers.<GoalTask>lambdaUpdate().set(GoalTask::getTitle, t.getTitle())
                .set(GoalTask::getDescription, t.getDescription())
                .set(GoalTask::getPlannedStart, t.getPlannedStart()).set(GoalTask::getDueDate, t.getDueDate())
                .set(GoalTask::getWeight, t.getWeight()).set(GoalTask::getStatus, t.getStatus())
                .set(GoalTask::getPercent, t.getPercent())
                .setSql(clearOverdue, "overdue_at = NULL")
                .eq(GoalTask::getId, t.getId()));
    }

    /** Tasks the overdue job has still to flag: not done, due before today, not flagged. Oldest due first. */
    default List<GoalTask> listToFlagOverdue(LocalDate today, int limit) {
        return selectList(Wrappers.<GoalTask>lambdaQuery().ne(GoalTask::getStatus, TaskStatus.DONE)
                .lt(GoalTask::getDueDate, today).isNull(GoalTask::getOverdueAt)
                .orderByAsc(GoalTask::getDueDate).orderByAsc(GoalTask::getId).last("LIMIT " + limit));
    }

    /** Flags one task; 1 only for the instance that flagged it (another one that got there first leaves 0). */
    default int flagOverdue(long id, Instant at) {
        return update(Wrappers.<GoalTask>lambdaUpdate().set(GoalTask::getOverdueAt, at).eq(GoalTask::getId, id)
                .isNull(GoalTask::getOverdueAt).ne(GoalTask::getStatus, TaskStatus.DONE));
    }
}
