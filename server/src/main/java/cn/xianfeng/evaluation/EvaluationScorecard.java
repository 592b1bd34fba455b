package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** One evaluator's card for one co-building of a round: the comment; its scores are the rows of the same triple. */
@TableName("evaluation_scorecard")
class EvaluationScorecard {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private Long cobuildingId;
    private Long evaluatorId;
    private String comment;
    private Instant updatedAt;

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

    String getComment() {
        return comment;
    }

    void setComment(String comment) {
        this.comment = comment;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
