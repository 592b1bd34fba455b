package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ChecklistTickMapper extends BaseMapper<ChecklistTick> {

    default ChecklistTick findByCobuildingAndItem(long cobuildingId, long itemId) {
        return selectOne(Wrappers.<ChecklistTick>lambdaQuery().eq(ChecklistTick::getCobuildingId, cobuildingId)
                .eq(ChecklistTick::getItemId, itemId));
    }

    /** The tick locked for a change, so that a review and a re-tick at once take turns. */
    default ChecklistTick lockByCobuildingAndItem(long cobuildingId, long itemId) {
        return selectOne(Wrappers.<ChecklistTick>lambdaQuery().eq(ChecklistTick::getCobuildingId, cobuildingId)
                .eq(ChecklistTick::getItemId, itemId).last("FOR UPDATE"));
    }

    default List<ChecklistTick> listByCobuilding(long cobuildingId) {
        return selectList(Wrappers.<ChecklistTick>lambdaQuery().eq(ChecklistTick::getCobuildingId, cobuildingId));
    }

    /** A new claim or a claim made again: the earlier review is cleared. */
    default void updateRetick(long id, String note, long tickedBy, Instant tickedAt) {
        update(Wrappers.<ChecklistTick>lambdaUpdate().set(ChecklistTick::getStatus, ChecklistStatus.TICKED)
                .set(ChecklistTick::getNote, note).set(ChecklistTick::getTickedBy, tickedBy)
                .set(ChecklistTick::getTickedAt, tickedAt).set(ChecklistTick::getReviewedBy, null)
                .set(ChecklistTick::getReviewedAt, null).set(ChecklistTick::getReviewComment, null)
                .eq(ChecklistTick::getId, id));
    }

    default void updateReview(long id, ChecklistStatus status, long reviewedBy, Instant reviewedAt, String comment) {
        update(Wrappers.<ChecklistTick>lambdaUpdate().set(ChecklistTick::getStatus, status)
                .set(ChecklistTick::getReviewedBy, reviewedBy).set(ChecklistTick::getReviewedAt, reviewedAt)
                .set(ChecklistTick::getReviewComment, comment).eq(ChecklistTick::getId, id));
    }

    /** Ticks of current (not retired) items, by status: the board's counts in one statement. */
    @Select("SELECT t.status AS status, COUNT(*) AS n FROM checklist_tick t JOIN checklist_item i ON i.id = t.item_id"
            + " WHERE t.cobuilding_id = #{cobuildingId} AND i.retired = 0 GROUP BY t.status")
    List<Map<String, Object>> countCurrentByStatus(long cobuildingId);
}
