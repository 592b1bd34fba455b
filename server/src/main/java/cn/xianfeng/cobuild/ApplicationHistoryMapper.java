package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApplicationHistoryMapper extends BaseMapper<ApplicationHistory> {

    default List<ApplicationHistory> listByApplication(long applicationId) {
        return selectList(Wrappers.<ApplicationHistory>lambdaQuery()
                .eq(ApplicationHistory::getApplicationId, applicationId).orderByAsc(ApplicationHistory::getId));
    }

    default void deleteByApplication(long applicationId) {
        delete(Wrappers.<ApplicationHistory>lambdaQuery().eq(ApplicationHistory::getApplicationId, applicationId));
    }
}
