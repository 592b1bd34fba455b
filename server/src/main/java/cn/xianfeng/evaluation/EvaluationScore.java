package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.math.BigDecimal;

/** One evaluator's score of one criterion for one co-building. */
@TableName("evaluation_score")
class EvaluationScore {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private Long cobuildingId;
    private Long evaluatorId;
    private Long criterionId;
    private BigDecimal score;

    Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    Long getRoundId() {
        return roundId;
    }

    void setRoundId(Long roundId) {
        this.roundId = roundId;
    }

    Long getCobuildingId() {
        return cobuildingId;
    }

    void setCobuildingId(Long cobuildingId) {
        this.cobuildingId = cobuildingId;
    }

    Long getEvaluatorId() {
        return evaluatorId;
    }

    void setEvaluatorId(Long evaluatorId) {
        this.evaluatorId = evaluatorId;
    }

    Long getCriterionId() {
        return criterionId;
    }

    void setCriterionId(Long criterionId) {
        this.criterionId = criterionId;
    }

    BigDecimal getScore() {
        return score;
    }

    void setScore(BigDecimal score) {
        this.score = score;
    }
}
