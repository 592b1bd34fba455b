package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApplicationGoalMapper extends BaseMapper<ApplicationGoal> {

    default List<ApplicationGoal> listByApplication(long applicationId) {
        return selectList(Wrappers.<ApplicationGoal>lambdaQuery()
                .eq(ApplicationGoal::getApplicationId, applicationId).orderByAsc(ApplicationGoal::getId));
    }

    default void deleteByApplication(long applicationId) {
        delete(Wrappers.<ApplicationGoal>lambdaQuery().eq(ApplicationGoal::getApplicationId, applicationId));
    }
}
