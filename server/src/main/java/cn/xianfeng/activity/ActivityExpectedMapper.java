package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ActivityExpectedMapper extends BaseMapper<ActivityExpected> {

    /** One lookup on the unique key: the check-in path's "is this person expected" for a LISTED activity. */
    @Select("SELECT COUNT(*) FROM activity_expected WHERE activity_id = #{activityId} AND user_id = #{userId}")
    int countByActivityAndUser(long activityId, long userId);

    @Select("SELECT COUNT(*) FROM activity_expected WHERE activity_id = #{activityId}")
    int countByActivity(long activityId);

    default List<Long> listUserIds(long activityId) {
        return selectList(Wrappers.<ActivityExpected>lambdaQuery().select(ActivityExpected::getUserId)
                .eq(ActivityExpected::getActivityId, activityId).orderByAsc(ActivityExpected::getId))
                .stream().map(ActivityExpected::getUserId).toList();
    }

    default void deleteByActivity(long activityId) {
        delete(Wrappers.<ActivityExpected>lambdaQuery().eq(ActivityExpected::getActivityId, activityId));
    }
}
