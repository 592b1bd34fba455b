package cn.xianfeng.activity;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ActivityWxacodeMapper extends BaseMapper<ActivityWxacode> {

    default ActivityWxacode findByActivity(long activityId) {
        return selectOne(Wrappers.<ActivityWxacode>lambdaQuery().eq(ActivityWxacode::getActivityId, activityId));
    }
}
