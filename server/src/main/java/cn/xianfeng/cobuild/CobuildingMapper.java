package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.Collection;
import java.util.List;
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
     * @param vacant      null for all, true for those without a bureau liaison, false for those with one
     */
    default Page<Cobuilding> pageFiltered(CobuildingStatus status, Collection<Long> leadUnitIds, Long liaisonId,
                                          Boolean vacant, Page<Cobuilding> page) {
        return selectPage(page, Wrappers.<Cobuilding>lambdaQuery()
                .eq(status != null, Cobuilding::getStatus, status)
                .isNull(Boolean.TRUE.equals(vacant), Cobuilding::getBureauLiaisonId)
                .isNotNull(Boolean.FALSE.equals(vacant), Cobuilding::getBureauLiaisonId)
                .in(leadUnitIds != null && !leadUnitIds.isEmpty(), Cobuilding::getLeadUnitId, leadUnitIds)
                .apply(leadUnitIds != null && leadUnitIds.isEmpty(), "1 = 0")
                .eq(liaisonId != null, Cobuilding::getBureauLiaisonId, liaisonId)
                .orderByDesc(Cobuilding::getId));
    }

    /** The co-buildings this bureau liaison follows, locked in id order until the transaction ends. */
    default List<Cobuilding> lockByLiaison(long liaisonId) {
        return selectList(Wrappers.<Cobuilding>lambdaQuery().eq(Cobuilding::getBureauLiaisonId, liaisonId)
                .orderByAsc(Cobuilding::getId).last("FOR UPDATE"));
    }

    /** Clears the bureau liaison if it is still this admin; 0 when someone else was assigned meanwhile. */
    @Update("UPDATE cobuilding SET bureau_liaison_id = NULL WHERE id = #{id} AND bureau_liaison_id = #{liaisonId}")
    int vacateLiaison(long id, long liaisonId);

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
