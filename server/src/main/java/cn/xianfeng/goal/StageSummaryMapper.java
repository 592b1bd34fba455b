package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StageSummaryMapper extends BaseMapper<StageSummary> {

    default StageSummary findByClient(long cobuildingId, String clientId) {
        return selectOne(Wrappers.<StageSummary>lambdaQuery().eq(StageSummary::getCobuildingId, cobuildingId)
                .eq(StageSummary::getClientId, clientId));
    }

    default StageSummary findByStage(long cobuildingId, int stage) {
        return selectOne(Wrappers.<StageSummary>lambdaQuery().eq(StageSummary::getCobuildingId, cobuildingId)
                .eq(StageSummary::getStage, stage));
    }

    /** Newest stage first. */
    default List<StageSummary> listByCobuilding(long cobuildingId) {
        return selectList(Wrappers.<StageSummary>lambdaQuery().eq(StageSummary::getCobuildingId, cobuildingId)
                .orderByDesc(StageSummary::getStage));
    }
}
