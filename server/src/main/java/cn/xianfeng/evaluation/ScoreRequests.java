package cn.xianfeng.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What an evaluator sends when scoring a co-building: their scores, which replace their earlier ones. */
public final class ScoreRequests {

    private ScoreRequests() {
    }

    /** The evaluator's scores for some or all of the round's criteria, and a comment (null clears it). */
    public record SaveScoresRequest(
            @NotNull(message = "请填写评分") @Size(min = 1, max = CriterionRequest.MAX_CRITERIA,
                    message = "评分为 1–20 项") List<@NotNull(message = "评分不正确") @Valid CriterionScore> scores,
            @Size(max = 500, message = "评语最多 500 字") String comment) {
    }

    /** A score of one criterion (its code): 0 or more, at most one decimal; the criterion's maximum is checked too. */
    public record CriterionScore(
            @NotBlank(message = "请指明评分项") String criterion,
            @NotNull(message = "请填写分数") @DecimalMin(value = "0", message = "分数不能为负")
            @Digits(integer = 4, fraction = 1, message = "分数最多一位小数") BigDecimal score) {
    }
}
