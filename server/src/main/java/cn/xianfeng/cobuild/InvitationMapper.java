package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface InvitationMapper extends BaseMapper<Invitation> {

    default Invitation findByCode(String code) {
        return selectOne(Wrappers.<Invitation>lambdaQuery().eq(Invitation::getCode, code));
    }

    default Page<Invitation> pageByCobuilding(long cobuildingId, Page<Invitation> page) {
        return selectPage(page, Wrappers.<Invitation>lambdaQuery()
                .eq(Invitation::getCobuildingId, cobuildingId).orderByDesc(Invitation::getId));
    }

    default Invitation findByClientId(long cobuildingId, long createdBy, String clientId) {
        return selectOne(Wrappers.<Invitation>lambdaQuery().eq(Invitation::getCobuildingId, cobuildingId)
                .eq(Invitation::getCreatedBy, createdBy).eq(Invitation::getClientId, clientId));
    }

    /** Only the flag: joins count uses at the same time, and writing the whole row back would undo theirs. */
    default void revoke(long id) {
        update(Wrappers.<Invitation>lambdaUpdate().set(Invitation::getRevoked, true).eq(Invitation::getId, id));
    }

    /** Takes one use, only while uses remain: concurrent joins cannot overdraw the invitation. */
    @Update("UPDATE invitation SET uses = uses + 1 WHERE id = #{id} AND uses < max_uses AND revoked = FALSE")
    int takeUse(long id);

    @Update("UPDATE invitation SET unit_id = #{survivorId} WHERE unit_id = #{duplicateId}")
    void repointUnit(long duplicateId, long survivorId);
}
