package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RectificationMapper extends BaseMapper<Rectification> {

    List<RectificationStatus> OPEN = List.of(RectificationStatus.OPEN, RectificationStatus.SUBMITTED);

    default Rectification lockById(long id) {
        return selectOne(Wrappers.<Rectification>lambdaQuery().eq(Rectification::getId, id).last("FOR UPDATE"));
    }

    default Rectification findOpenByCobuilding(long cobuildingId) {
        return selectOne(Wrappers.<Rectification>lambdaQuery().eq(Rectification::getCobuildingId, cobuildingId)
                .in(Rectification::getStatus, OPEN));
    }

    /** The open rectification, else the newest closed one. */
    default Rectification findCurrentByCobuilding(long cobuildingId) {
        Rectification open = findOpenByCobuilding(cobuildingId);
        return open != null ? open : selectOne(Wrappers.<Rectification>lambdaQuery()
                .eq(Rectification::getCobuildingId, cobuildingId).orderByDesc(Rectification::getId).last("LIMIT 1"));
    }

    /** Newest first; {@code liaisonId} non-null keeps those of co-buildings this bureau liaison follows. */
    default Page<Rectification> pageByFilter(Long liaisonId, RectificationStatus status, Boolean overdue,
                                             Page<Rectification> page) {
        return selectPage(page, Wrappers.<Rectification>lambdaQuery()
                .inSql(liaisonId != null, Rectification::getCobuildingId,
                        "SELECT id FROM cobuilding WHERE bureau_liaison_id = " + liaisonId)
                .eq(status != null, Rectification::getStatus, status)
                .isNotNull(Boolean.TRUE.equals(overdue), Rectification::getOverdueAt)
                .isNull(Boolean.FALSE.equals(overdue), Rectification::getOverdueAt)
                .orderByDesc(Rectification::getId));
    }

    /** The report as given replaces the previous one; the caller holds the row lock. */
    default void submit(long id, String text, String clientId, long userId, Instant at) {
        update(Wrappers.<Rectification>lambdaUpdate()
                .set(Rectification::getStatus, RectificationStatus.SUBMITTED).set(Rectification::getReportText, text)
                .set(Rectification::getReportClientId, clientId).set(Rectification::getSubmittedBy, userId)
                .set(Rectification::getSubmittedAt, at).eq(Rectification::getId, id));
    }

    /** Closes the open rectification with the bureau's outcome; 0 when it was not open. */
    default int close(long id, RectificationStatus outcome, String comment, long adminId, Instant at) {
        return update(Wrappers.<Rectification>lambdaUpdate()
                .set(Rectification::getStatus, outcome).set(Rectification::getReviewComment, comment)
                .set(Rectification::getReviewedBy, adminId).set(Rectification::getReviewedAt, at)
                .eq(Rectification::getId, id).in(Rectification::getStatus, OPEN));
    }

    /** Open ones nobody reported on whose deadline is before {@code today} and not yet flagged. */
    default List<Long> listUnflaggedPastDeadline(LocalDate today, int limit) {
        List<Object> ids = selectObjs(Wrappers.<Rectification>lambdaQuery().select(Rectification::getId)
                .eq(Rectification::getStatus, RectificationStatus.OPEN).lt(Rectification::getDeadline, today)
                .isNull(Rectification::getOverdueAt).orderByAsc(Rectification::getId).last("LIMIT " + limit));
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Flags a missed deadline once: 0 when it was reported on, closed or flagged meanwhile (or elsewhere). */
    default int flagOverdue(long id, LocalDate today, Instant at) {
        return update(Wrappers.<Rectification>lambdaUpdate().set(Rectification::getOverdueAt, at)
                .eq(Rectification::getId, id).eq(Rectification::getStatus, RectificationStatus.OPEN)
                .lt(Rectification::getDeadline, today).isNull(Rectification::getOverdueAt));
    }
}
