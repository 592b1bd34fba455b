package cn.xianfeng.briefing;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface BriefingTargetMapper extends BaseMapper<BriefingTarget> {

    default List<Long> listCobuildingIds(long briefingId) {
        return selectList(Wrappers.<BriefingTarget>lambdaQuery().eq(BriefingTarget::getBriefingId, briefingId)
                .orderByAsc(BriefingTarget::getCobuildingId)).stream().map(BriefingTarget::getCobuildingId).toList();
    }

    default void deleteByBriefing(long briefingId) {
        delete(Wrappers.<BriefingTarget>lambdaQuery().eq(BriefingTarget::getBriefingId, briefingId));
    }
}
