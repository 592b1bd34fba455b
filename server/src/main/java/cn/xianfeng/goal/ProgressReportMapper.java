package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ProgressReportMapper extends BaseMapper<ProgressReport> {

    default ProgressReport findByClient(long reporterId, String clientId) {
        return selectOne(Wrappers.<ProgressReport>lambdaQuery().eq(ProgressReport::getReporterId, reporterId)
                .eq(ProgressReport::getClientId, clientId));
    }

    default Page<ProgressReport> pageByTask(long taskId, Page<ProgressReport> page) {
        return selectPage(page, Wrappers.<ProgressReport>lambdaQuery().eq(ProgressReport::getTaskId, taskId)
                .orderByDesc(ProgressReport::getId));
    }

    /**
     * Whether the task has reports, read with locks (a delete asks this after locking the task): a plain read would
     * answer from the transaction's first snapshot and miss a report committed just before the lock.
     */
    default boolean lockExistsForTask(long taskId) {
        return !selectList(Wrappers.<ProgressReport>lambdaQuery().select(ProgressReport::getId)
                .eq(ProgressReport::getTaskId, taskId).last("LIMIT 1 FOR UPDATE")).isEmpty();
    }

    /** As {@link #lockExistsForTask}, for any task of the goal. */
    default boolean lockExistsForGoal(long goalId) {
        return !selectList(Wrappers.<ProgressReport>lambdaQuery().select(ProgressReport::getId)
                .eq(ProgressReport::getGoalId, goalId).last("LIMIT 1 FOR UPDATE")).isEmpty();
    }

    /** The newest report of each task, in one query. */
    default Map<Long, ProgressReport> latestOf(Collection<Long> taskIds) {
        Map<Long, ProgressReport> latest = new HashMap<>();
        if (!taskIds.isEmpty()) {
            String ids = String.join(",", taskIds.stream().map(String::valueOf).toList());
            selectList(Wrappers.<ProgressReport>lambdaQuery().inSql(ProgressReport::getId,
                    "SELECT MAX(id) FROM progress_report WHERE task_id IN (" + ids + ") GROUP BY task_id"))
                    .forEach(r -> latest.put(r.getTaskId(), r));
        }
        return latest;
    }

    /** Σ achieved amount per task, in one query; tasks without reports are left out. */
    @Select("<script>SELECT task_id AS taskId, SUM(achieved_amount) AS total FROM progress_report WHERE task_id IN "
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach> GROUP BY task_id"
            + "</script>")
    List<Map<String, Object>> sumAchievedRows(Collection<Long> ids);

    default Map<Long, BigDecimal> achievedOf(Collection<Long> taskIds) {
        Map<Long, BigDecimal> sums = new HashMap<>();
        if (!taskIds.isEmpty()) {
            for (Map<String, Object> row : sumAchievedRows(taskIds)) {
                Object total = row.get("total");
                sums.put(((Number) row.get("taskId")).longValue(),
                        total == null ? BigDecimal.ZERO : new BigDecimal(total.toString()));
            }
        }
        return sums;
    }
}
