package cn.xianfeng.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Evaluation configuration ({@code xf.evaluation}). {@code defaultCriteria}: the criteria (评分项) every new round
 * starts with, in order; the bureau edits a round's own copy before opening it. Checked at start, so a broken list
 * stops the server instead of the first round.
 */
@Validated
@ConfigurationProperties("xf.evaluation")
record EvaluationProperties(@NotEmpty @Size(max = CriterionRequest.MAX_CRITERIA) List<@Valid Criterion> defaultCriteria) {

    record Criterion(@NotBlank @Pattern(regexp = CriterionRequest.CODE) String code,
                     @NotBlank @Size(max = 30) String name,
                     @Min(1) @Max(100) int weight,
                     @Min(1) @Max(CriterionRequest.MAX_SCORE) int maxScore) {
    }
}
