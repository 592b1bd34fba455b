package cn.xianfeng.cobuild;

import java.util.Map;
import java.util.HashMap;
import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MembershipMapper extends BaseMapper<Membership> {

    default Membership findByCobuildingAndUser(long cobuildingId, long userId) {
        return selectOne(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getCobuildingId, cobuildingId).eq(Membership::getUserId, userId));
    }

    default List<Membership> listActiveByUser(long userId) {
        return selectList(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getUserId, userId).eq(Membership::getActive, true).orderByDesc(Membership::getId));
    }

    /** The active memberships of several people at once (a page of conversations and their peers). */
    default List<Membership> listActiveByUsers(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : selectList(Wrappers.<Membership>lambdaQuery()
                .in(Membership::getUserId, userIds).eq(Membership::getActive, true).orderByDesc(Membership::getId));
    }

    default Page<Membership> pageActiveByUser(long userId, Page<Membership> page) {
        return selectPage(page, Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getUserId, userId).eq(Membership::getActive, true).orderByDesc(Membership::getId));
    }

    default List<Membership> listActiveByCobuilding(long cobuildingId) {
        return selectList(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getCobuildingId, cobuildingId).eq(Membership::getActive, true)
                .orderByAsc(Membership::getId));
    }

    default Membership findActiveLiaison(long cobuildingId, long unitId) {
        return selectOne(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getCobuildingId, cobuildingId).eq(Membership::getUnitId, unitId)
                .eq(Membership::getRole, MemberRole.UNIT_LIAISON).eq(Membership::getActive, true));
    }

    /** A removed member back in: every column of the old row is written, the removal time cleared. */
    default void comeBack(long id, long unitId, MemberRole role, Instant joinedAt) {
        update(Wrappers.<Membership>lambdaUpdate()
                .set(Membership::getUnitId, unitId).set(Membership::getRole, role).set(Membership::getActive, true)
                .set(Membership::getJoinedAt, joinedAt).set(Membership::getRemovedAt, null)
                .eq(Membership::getId, id));
    }

    /**
     * Timed by the database, to the millisecond, like an invitation's created_at: a removed member's way back is
     * decided by comparing the two. (An Instant the application writes reaches MariaDB without its milliseconds,
     * as seen with this driver, so a removal and an invitation in the same second would look simultaneous.)
     */
    default void markRemoved(long id) {
        update(Wrappers.<Membership>lambdaUpdate()
                .set(Membership::getActive, false).setSql("removed_at = CURRENT_TIMESTAMP(3)")
                .eq(Membership::getId, id));
    }

    default void setRole(long id, MemberRole role) {
        update(Wrappers.<Membership>lambdaUpdate().set(Membership::getRole, role).eq(Membership::getId, id));
    }

    /**
     * Whether the invitation was made after the member's removal. Both times are the database's own, compared by the
     * database to the millisecond; the pioneer's changes queue on the co-building's row, so an invitation made after
     * a removal is later, and one in the same millisecond is refused rather than let through.
     */
    @Select("SELECT COUNT(*) > 0 FROM invitation i, membership m WHERE i.id = #{invitationId} AND m.id = #{membershipId}"
            + " AND i.created_at > m.removed_at")
    boolean invitedSinceRemoval(long membershipId, long invitationId);

    @Update("UPDATE IGNORE membership SET unit_id = #{survivorId} WHERE unit_id = #{duplicateId}")
    void repointUnit(long duplicateId, long survivorId);

    /** Active members per co-building, for any number of co-buildings in one statement; none → left out. */
    default Map<Long, Integer> countActiveByCobuildings(Collection<Long> cobuildingIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!cobuildingIds.isEmpty()) {
            selectMaps(new QueryWrapper<Membership>().select("cobuilding_id AS cid", "COUNT(*) AS n")
                    .eq("active", true).in("cobuilding_id", cobuildingIds).groupBy("cobuilding_id"))
                    .forEach(row -> counts.put(((Number) row.get("cid")).longValue(),
                            ((Number) row.get("n")).intValue()));
        }
        return counts;
    }
}
