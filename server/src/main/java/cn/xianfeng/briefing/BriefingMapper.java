package cn.xianfeng.briefing;

import cn.xianfeng.shared.persistence.LikeText;
import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface BriefingMapper extends BaseMapper<Briefing> {

    /**
     * The published briefings whose targeting reaches a member of this co-building through a unit of this type, as
     * publishing would have reached them: every one for all co-buildings, those that chose the co-building, and those
     * for units of the type.
     */
    @Select("""
            SELECT b.id FROM briefing b
            WHERE b.status = 'PUBLISHED'
              AND (b.target_scope = 'ALL'
                   OR (b.target_scope = 'COBUILDINGS' AND b.id IN (SELECT t.briefing_id FROM briefing_target t
                                                                   WHERE t.cobuilding_id = #{cobuildingId}))
                   OR (b.target_scope = 'UNIT_TYPES' AND FIND_IN_SET(#{unitType}, b.target_unit_types) > 0))
            ORDER BY b.id""")
    List<Long> listPublishedReaching(@Param("cobuildingId") long cobuildingId, @Param("unitType") String unitType);

    default Briefing lockById(long id) {
        return selectOne(Wrappers.<Briefing>lambdaQuery().eq(Briefing::getId, id).last("FOR UPDATE"));
    }

    default Page<Briefing> pageForAdmin(BriefingStatus status, BriefingCategory category, String q,
                                        Page<Briefing> page) {
        LambdaQueryWrapper<Briefing> query = Wrappers.<Briefing>lambdaQuery()
                .eq(status != null, Briefing::getStatus, status)
                .eq(category != null, Briefing::getCategory, category);
        matching(query, q);
        return selectPage(page, query.orderByDesc(Briefing::getId));
    }

    /**
     * The published briefings the member was in the audience of: deadlines within the coming {@code soonDays} (and
     * not past) first, soonest first; then the newest published.
     */
    default Page<Briefing> pageForMember(long userId, BriefingCategory category, String q, LocalDate today,
                                         int soonDays, Page<Briefing> page) {
        LambdaQueryWrapper<Briefing> query = Wrappers.<Briefing>lambdaQuery()
                .eq(Briefing::getStatus, BriefingStatus.PUBLISHED)
                .eq(category != null, Briefing::getCategory, category)
                .inSql(Briefing::getId, "SELECT briefing_id FROM briefing_audience WHERE user_id = " + userId);
        matching(query, q);
        // Dates are LocalDate.toString(): digits and dashes only, safe inside the statement.
        String soon = "apply_deadline BETWEEN '" + today + "' AND '" + today.plusDays(soonDays) + "'";
        return selectPage(page, query.last("ORDER BY CASE WHEN " + soon + " THEN 0 ELSE 1 END,"
                + " CASE WHEN " + soon + " THEN apply_deadline END, published_at DESC, id DESC"));
    }

    private static void matching(LambdaQueryWrapper<Briefing> query, String q) {
        if (q != null && !q.isBlank()) {
            String stripped = q.strip();
            // A search box's worth: a pasted page of text is not a keyword.
            String text = LikeText.escape(stripped.length() > 50 ? stripped.substring(0, 50) : stripped);
            query.and(w -> w.like(Briefing::getTitle, text).or().like(Briefing::getSummary, text));
        }
    }

    default List<Briefing> listPublished() {
        return selectList(Wrappers.<Briefing>lambdaQuery().eq(Briefing::getStatus, BriefingStatus.PUBLISHED)
                .orderByDesc(Briefing::getPublishedAt).orderByDesc(Briefing::getId));
    }

    default List<Briefing> listPublishedForMember(long userId) {
        return selectList(Wrappers.<Briefing>lambdaQuery().eq(Briefing::getStatus, BriefingStatus.PUBLISHED)
                .inSql(Briefing::getId, "SELECT briefing_id FROM briefing_audience WHERE user_id = " + userId)
                .orderByDesc(Briefing::getPublishedAt).orderByDesc(Briefing::getId));
    }

    /** A draft's editable columns, every one written (updateById would skip a deadline being cleared). */
    default void updateDraft(Briefing b) {
        update(Wrappers.<Briefing>lambdaUpdate()
                .set(Briefing::getTitle, b.getTitle()).set(Briefing::getCategory, b.getCategory())
                .set(Briefing::getSummary, b.getSummary()).set(Briefing::getBodyMarkdown, b.getBodyMarkdown())
                .set(Briefing::getBodyHtml, b.getBodyHtml()).set(Briefing::getBodyText, b.getBodyText())
                .set(Briefing::getApplyDeadline, b.getApplyDeadline())
                .set(Briefing::getTargetScope, b.getTargetScope())
                .set(Briefing::getTargetUnitTypes, b.getTargetUnitTypes())
                .eq(Briefing::getId, b.getId()));
    }

    default void markPublished(long id, Instant at) {
        update(Wrappers.<Briefing>lambdaUpdate().set(Briefing::getStatus, BriefingStatus.PUBLISHED)
                .set(Briefing::getVersion, 1).set(Briefing::getPublishedAt, at).eq(Briefing::getId, id));
    }

    /** A correction: the content columns, the next version, when and why. */
    default void correct(Briefing b, Instant at) {
        update(Wrappers.<Briefing>lambdaUpdate()
                .set(Briefing::getTitle, b.getTitle()).set(Briefing::getCategory, b.getCategory())
                .set(Briefing::getSummary, b.getSummary()).set(Briefing::getBodyMarkdown, b.getBodyMarkdown())
                .set(Briefing::getBodyHtml, b.getBodyHtml()).set(Briefing::getBodyText, b.getBodyText())
                .set(Briefing::getApplyDeadline, b.getApplyDeadline())
                .set(Briefing::getVersion, b.getVersion()).set(Briefing::getCorrectedAt, at)
                .set(Briefing::getChangeNote, b.getChangeNote()).eq(Briefing::getId, b.getId()));
    }

    default void markUnpublished(long id, Instant at) {
        update(Wrappers.<Briefing>lambdaUpdate().set(Briefing::getStatus, BriefingStatus.UNPUBLISHED)
                .set(Briefing::getUnpublishedAt, at).eq(Briefing::getId, id));
    }

    default void setRemindCount(long id, int count) {
        update(Wrappers.<Briefing>lambdaUpdate().set(Briefing::getRemindCount, count).eq(Briefing::getId, id));
    }
}
