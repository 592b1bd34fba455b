package cn.xianfeng.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One criterion of a round as the bureau sets it: a code (upper-case letters, digits, underscores, e.g. BASE), the
 * name evaluators see, its weight (1–100) and the most points a score may give (1–1000).
 */
public record CriterionRequest(
        @NotBlank(message = "请填写评分项代码")
        @Pattern(regexp = CODE, message = "评分项代码为大写字母开头的字母、数字或下划线，最多 32 位") String code,
        @NotBlank(message = "请填写评分项名称") @Size(max = 30, message = "评分项名称最多 30 字") String name,
        @NotNull(message = "请填写权重") @Min(value = 1, message = "权重为 1–100")
        @Max(value = 100, message = "权重为 1–100") Integer weight,
        @NotNull(message = "请填写满分") @Min(value = 1, message = "满分为 1–1000")
        @Max(value = MAX_SCORE, message = "满分为 1–1000") Integer maxScore) {

    static final String CODE = "^[A-Z][A-Z0-9_]{0,31}$";
    static final int MAX_SCORE = 1000;
    static final int MAX_CRITERIA = 20;
}
