package cn.xianfeng.cobuild;

import cn.xianfeng.cobuild.CobuildingFilter.LeadUnits;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CobuildingMapper extends BaseMapper<Cobuilding> {

    default Cobuilding lockById(long id) {
        return selectOne(Wrappers.<Cobuilding>lambdaQuery().eq(Cobuilding::getId, id).last("FOR UPDATE"));
    }

    default Cobuilding findByPublicId(String publicId) {
        return selectOne(Wrappers.<Cobuilding>lambdaQuery().eq(Cobuilding::getPublicId, publicId));
    }

    /** Newest first; {@code liaisonVacant} true for those without a bureau liaison, false for those with one. */
    default Page<Cobuilding> pageByFilter(CobuildingFilter filter, Page<Cobuilding> page) {
        LeadUnits leads = filter.leadUnits();
        return selectPage(page, Wrappers.<Cobuilding>lambdaQuery()
                .eq(!filter.scope().seesAll(), Cobuilding::getBureauLiaisonId, filter.scope().liaisonId())
                .eq(filter.status() != null, Cobuilding::getStatus, filter.status())
                .isNull(Boolean.TRUE.equals(filter.liaisonVacant()), Cobuilding::getBureauLiaisonId)
                .isNotNull(Boolean.FALSE.equals(filter.liaisonVacant()), Cobuilding::getBureauLiaisonId)
                .in(!leads.any() && !leads.ids().isEmpty(), Cobuilding::getLeadUnitId, leads.ids())
                .apply(!leads.any() && leads.ids().isEmpty(), "1 = 0")
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

    default void setPlaqueDate(long id, LocalDate plaqueDate) {
        update(Wrappers.<Cobuilding>lambdaUpdate().set(Cobuilding::getPlaqueDate, plaqueDate).eq(Cobuilding::getId, id));
    }

    @Update("UPDATE cobuilding SET lead_unit_id = #{survivorId} WHERE lead_unit_id = #{duplicateId}")
    void repointLeadUnit(long duplicateId, long survivorId);

    /** Only the id and the 群公告 of each: what a conversation list needs, without the rest of the row. */
    default List<Cobuilding> listAnnouncementsByIds(Collection<Long> ids) {
        return selectList(Wrappers.<Cobuilding>lambdaQuery().select(Cobuilding::getId, Cobuilding::getAnnouncement)
                .in(Cobuilding::getId, ids));
    }

    /** Written as given: null clears the 群公告. */
    default void setAnnouncement(long id, String announcement, Instant at) {
        update(Wrappers.<Cobuilding>lambdaUpdate().set(Cobuilding::getAnnouncement, announcement)
                .set(Cobuilding::getAnnouncementUpdatedAt, at).eq(Cobuilding::getId, id));
    }
}
