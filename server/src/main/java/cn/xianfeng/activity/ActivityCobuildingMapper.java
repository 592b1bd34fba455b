package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ActivityCobuildingMapper extends BaseMapper<ActivityCobuilding> {

    default List<ActivityCobuilding> listByActivity(long activityId) {
        return selectList(Wrappers.<ActivityCobuilding>lambdaQuery().eq(ActivityCobuilding::getActivityId, activityId)
                .orderByAsc(ActivityCobuilding::getId));
    }

    default List<ActivityCobuilding> listByActivities(Collection<Long> activityIds) {
        return activityIds.isEmpty() ? List.of() : selectList(Wrappers.<ActivityCobuilding>lambdaQuery()
                .in(ActivityCobuilding::getActivityId, activityIds).orderByAsc(ActivityCobuilding::getId));
    }

    default void setStartAt(long activityId, Instant startAt) {
        update(Wrappers.<ActivityCobuilding>lambdaUpdate().set(ActivityCobuilding::getStartAt, startAt)
                .eq(ActivityCobuilding::getActivityId, activityId));
    }
}
