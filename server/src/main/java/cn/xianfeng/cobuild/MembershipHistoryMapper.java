package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MembershipHistoryMapper extends BaseMapper<MembershipHistory> {

    /** Newest first; {@code userId} null for everyone. */
    default Page<MembershipHistory> pageByCobuilding(long cobuildingId, Long userId, Page<MembershipHistory> page) {
        return selectPage(page, Wrappers.<MembershipHistory>lambdaQuery()
                .eq(MembershipHistory::getCobuildingId, cobuildingId)
                .eq(userId != null, MembershipHistory::getUserId, userId)
                .orderByDesc(MembershipHistory::getId));
    }

    @Update("UPDATE membership_history SET unit_id = #{survivorId} WHERE unit_id = #{duplicateId}")
    void repointUnit(long duplicateId, long survivorId);
}
