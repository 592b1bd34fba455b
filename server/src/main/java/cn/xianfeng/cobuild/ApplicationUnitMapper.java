package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ApplicationUnitMapper extends BaseMapper<ApplicationUnit> {

    default List<ApplicationUnit> listByApplication(long applicationId) {
        return selectList(Wrappers.<ApplicationUnit>lambdaQuery()
                .eq(ApplicationUnit::getApplicationId, applicationId).orderByAsc(ApplicationUnit::getPosition));
    }

    default List<ApplicationUnit> listLeadsByApplications(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? List.of() : selectList(Wrappers.<ApplicationUnit>lambdaQuery()
                .in(ApplicationUnit::getApplicationId, applicationIds).eq(ApplicationUnit::getPosition, 0));
    }

    default void setUnitId(long id, long unitId) {
        update(Wrappers.<ApplicationUnit>lambdaUpdate().set(ApplicationUnit::getUnitId, unitId)
                .eq(ApplicationUnit::getId, id));
    }

    default void deleteByApplication(long applicationId) {
        delete(Wrappers.<ApplicationUnit>lambdaQuery().eq(ApplicationUnit::getApplicationId, applicationId));
    }

    @Update("UPDATE application_unit SET unit_id = #{survivorId} WHERE unit_id = #{duplicateId}")
    void repointUnit(long duplicateId, long survivorId);
}
