package cn.xianfeng.goal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StageSummaryPhotoMapper extends BaseMapper<StageSummaryPhoto> {

    default List<StageSummaryPhoto> listBySummaries(Collection<Long> summaryIds) {
        if (summaryIds.isEmpty()) {
            return List.of();
        }
        return selectList(Wrappers.<StageSummaryPhoto>lambdaQuery().in(StageSummaryPhoto::getSummaryId, summaryIds)
                .orderByAsc(StageSummaryPhoto::getSummaryId).orderByAsc(StageSummaryPhoto::getPosition));
    }
}
