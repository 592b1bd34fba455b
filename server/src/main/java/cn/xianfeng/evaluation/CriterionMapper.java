package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CriterionMapper extends BaseMapper<EvaluationCriterion> {

    default List<EvaluationCriterion> listByRound(long roundId) {
        return selectList(Wrappers.<EvaluationCriterion>lambdaQuery().eq(EvaluationCriterion::getRoundId, roundId)
                .orderByAsc(EvaluationCriterion::getPosition));
    }

    default void deleteByRound(long roundId) {
        delete(Wrappers.<EvaluationCriterion>lambdaQuery().eq(EvaluationCriterion::getRoundId, roundId));
    }

    @Insert("<script>INSERT INTO evaluation_criterion (round_id, code, name, weight, max_score, position) VALUES"
            + "<foreach collection='rows' item='c' separator=','>"
            + "(#{c.roundId}, #{c.code}, #{c.name}, #{c.weight}, #{c.maxScore}, #{c.position})</foreach></script>")
    int insertAll(@Param("rows") List<EvaluationCriterion> rows);
}
