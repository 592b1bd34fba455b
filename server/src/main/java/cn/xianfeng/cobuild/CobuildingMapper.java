package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Collection;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CobuildingMapper extends BaseMapper<Cobuilding> {

    default Cobuilding selectByIdForUpdate(long id) {
        return selectOne(Wrappers.<Cobuilding>lambdaQuery().eq(Cobuilding::getId, id).last("FOR UPDATE"));
    }

    /**
     * @param leadUnitIds null for any lead unit, else only these (an empty list matches nothing)
     * @param liaisonId   null for all, else only the co-buildings this bureau liaison follows
     */
    default Page<Cobuilding> pageFiltered(CobuildingStatus status, Collection<Long> leadUnitIds, Long liaisonId,
                                          Page<Cobuilding> page) {
        return selectPage(page, Wrappers.<Cobuilding>lambdaQuery()
                .eq(status != null, Cobuilding::getStatus, status)
                .in(leadUnitIds != null && !leadUnitIds.isEmpty(), Cobuilding::getLeadUnitId, leadUnitIds)
                .apply(leadUnitIds != null && leadUnitIds.isEmpty(), "1 = 0")
                .eq(liaisonId != null, Cobuilding::getBureauLiaisonId, liaisonId)
                .orderByDesc(Cobuilding::getId));
    }

    default void setBureauLiaison(long id, Long liaisonAdminId) {
        update(Wrappers.<Cobuilding>lambdaUpdate().set(Cobuilding::getBureauLiaisonId, liaisonAdminId)
                .eq(Cobuilding::getId, id));
    }

    default void setStatus(long id, CobuildingStatus status) {
        update(Wrappers.<Cobuilding>lambdaUpdate().set(Cobuilding::getStatus, status).eq(Cobuilding::getId, id));
    }

    @Update("UPDATE cobuilding SET lead_unit_id = #{survivorId} WHERE lead_unit_id = #{duplicateId}")
    void repointLeadUnit(long duplicateId, long survivorId);
}
