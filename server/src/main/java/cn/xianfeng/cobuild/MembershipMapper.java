package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MembershipMapper extends BaseMapper<Membership> {

    default Membership find(long cobuildingId, long userId) {
        return selectOne(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getCobuildingId, cobuildingId).eq(Membership::getUserId, userId));
    }

    default List<Membership> activeOfUser(long userId) {
        return selectList(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getUserId, userId).eq(Membership::getActive, true).orderByDesc(Membership::getId));
    }

    /** The active memberships of several people at once (a page of conversations and their peers). */
    default List<Membership> activeOfUsers(Collection<Long> userIds) {
        return userIds.isEmpty() ? List.of() : selectList(Wrappers.<Membership>lambdaQuery()
                .in(Membership::getUserId, userIds).eq(Membership::getActive, true).orderByDesc(Membership::getId));
    }

    default List<Membership> activeOfCobuilding(long cobuildingId) {
        return selectList(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getCobuildingId, cobuildingId).eq(Membership::getActive, true)
                .orderByAsc(Membership::getId));
    }

    default Membership activeLiaisonOf(long cobuildingId, long unitId) {
        return selectOne(Wrappers.<Membership>lambdaQuery()
                .eq(Membership::getCobuildingId, cobuildingId).eq(Membership::getUnitId, unitId)
                .eq(Membership::getRole, MemberRole.UNIT_LIAISON).eq(Membership::getActive, true));
    }

    @Update("UPDATE IGNORE membership SET unit_id = #{survivorId} WHERE unit_id = #{duplicateId}")
    void repointUnit(long duplicateId, long survivorId);
}
