package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface GoalTaskOwnerMapper extends BaseMapper<GoalTaskOwner> {

    default List<GoalTaskOwner> listByTasks(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<GoalTaskOwner>lambdaQuery().in(GoalTaskOwner::getTaskId, taskIds)
                .orderByAsc(GoalTaskOwner::getId));
    }

    default boolean isOwner(long taskId, long userId) {
        return selectCount(Wrappers.<GoalTaskOwner>lambdaQuery().eq(GoalTaskOwner::getTaskId, taskId)
                .eq(GoalTaskOwner::getUserId, userId)) > 0;
    }

    default void deleteByTask(long taskId) {
        delete(Wrappers.<GoalTaskOwner>lambdaQuery().eq(GoalTaskOwner::getTaskId, taskId));
    }

    default void deleteByTasks(Collection<Long> taskIds) {
        if (!taskIds.isEmpty()) {
            delete(Wrappers.<GoalTaskOwner>lambdaQuery().in(GoalTaskOwner::getTaskId, taskIds));
        }
    }
}
