package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ScorecardMapper extends BaseMapper<EvaluationScorecard> {

    /**
     * Creates the card or writes its comment (null clears it); either way the row stays locked until the saving
     * transaction ends, so two saves of one card take turns instead of interleaving their scores.
     */
    @Insert("INSERT INTO evaluation_scorecard (round_id, cobuilding_id, evaluator_id, comment)"
            + " VALUES (#{roundId}, #{cobuildingId}, #{evaluatorId}, #{comment})"
            + " ON DUPLICATE KEY UPDATE comment = #{comment}, updated_at = CURRENT_TIMESTAMP(3)")
    void upsert(@Param("roundId") long roundId, @Param("cobuildingId") long cobuildingId,
                @Param("evaluatorId") long evaluatorId, @Param("comment") String comment);

    default EvaluationScorecard findByCard(long roundId, long cobuildingId, long evaluatorId) {
        return selectOne(Wrappers.<EvaluationScorecard>lambdaQuery().eq(EvaluationScorecard::getRoundId, roundId)
                .eq(EvaluationScorecard::getCobuildingId, cobuildingId)
                .eq(EvaluationScorecard::getEvaluatorId, evaluatorId));
    }

    default List<EvaluationScorecard> listByRound(long roundId) {
        return selectList(Wrappers.<EvaluationScorecard>lambdaQuery().eq(EvaluationScorecard::getRoundId, roundId)
                .orderByAsc(EvaluationScorecard::getEvaluatorId).orderByAsc(EvaluationScorecard::getCobuildingId));
    }
}
