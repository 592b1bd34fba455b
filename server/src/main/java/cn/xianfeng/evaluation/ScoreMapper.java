package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ScoreMapper extends BaseMapper<EvaluationScore> {

    default void deleteByCard(long roundId, long cobuildingId, long evaluatorId) {
        delete(Wrappers.<EvaluationScore>lambdaQuery().eq(EvaluationScore::getRoundId, roundId)
                .eq(EvaluationScore::getCobuildingId, cobuildingId).eq(EvaluationScore::getEvaluatorId, evaluatorId));
    }

    @Insert("<script>INSERT INTO evaluation_score (round_id, cobuilding_id, evaluator_id, criterion_id, score) VALUES"
            + "<foreach collection='rows' item='s' separator=','>"
            + "(#{s.roundId}, #{s.cobuildingId}, #{s.evaluatorId}, #{s.criterionId}, #{s.score})</foreach></script>")
    int insertAll(@Param("rows") List<EvaluationScore> rows);

    default List<EvaluationScore> listByCard(long roundId, long cobuildingId, long evaluatorId) {
        return selectList(Wrappers.<EvaluationScore>lambdaQuery().eq(EvaluationScore::getRoundId, roundId)
                .eq(EvaluationScore::getCobuildingId, cobuildingId).eq(EvaluationScore::getEvaluatorId, evaluatorId));
    }

    default List<EvaluationScore> listByRound(long roundId) {
        return selectList(Wrappers.<EvaluationScore>lambdaQuery().eq(EvaluationScore::getRoundId, roundId)
                .orderByAsc(EvaluationScore::getId));
    }

    /** How many criteria each evaluator has scored of each co-building, in one statement: the round's progress. */
    @Select("SELECT evaluator_id AS evaluatorId, cobuilding_id AS cobuildingId, COUNT(*) AS scored"
            + " FROM evaluation_score WHERE round_id = #{roundId} GROUP BY evaluator_id, cobuilding_id")
    List<Map<String, Object>> countByCard(long roundId);
}
