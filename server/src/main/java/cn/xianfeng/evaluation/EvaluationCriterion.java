package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;

/** One criterion (评分项) of a round, in the round's order. */
@TableName("evaluation_criterion")
class EvaluationCriterion {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long roundId;
    private String code;
    private String name;
    private Integer weight;
    private Integer maxScore;
    private Integer position;

    static EvaluationCriterion of(long roundId, String code, String name, int weight, int maxScore, int position) {
        EvaluationCriterion c = new EvaluationCriterion();
        c.setRoundId(roundId);
        c.setCode(code);
        c.setName(name);
        c.setWeight(weight);
        c.setMaxScore(maxScore);
        c.setPosition(position);
        return c;
    }

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

    String getCode() {
        return code;
    }

    void setCode(String code) {
        this.code = code;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    Integer getWeight() {
        return weight;
    }

    void setWeight(Integer weight) {
        this.weight = weight;
    }

    Integer getMaxScore() {
        return maxScore;
    }

    void setMaxScore(Integer maxScore) {
        this.maxScore = maxScore;
    }

    Integer getPosition() {
        return position;
    }

    void setPosition(Integer position) {
        this.position = position;
    }
}
