package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RoundHistoryMapper extends BaseMapper<RoundHistory> {

    default List<RoundHistory> listByRound(long roundId) {
        return selectList(Wrappers.<RoundHistory>lambdaQuery().eq(RoundHistory::getRoundId, roundId)
                .orderByAsc(RoundHistory::getId));
    }
}
