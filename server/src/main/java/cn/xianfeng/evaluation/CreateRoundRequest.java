package cn.xianfeng.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new round: the year and term it evaluates. clientId (optional): a retry of the same request, after a lost
 * answer, gets the round it created instead of ROUND_EXISTS.
 */
public record CreateRoundRequest(
        @NotNull(message = "请填写年份") @Min(value = 2000, message = "年份为 2000–2100")
        @Max(value = 2100, message = "年份为 2000–2100") Integer year,
        @NotNull(message = "请选择评估批次（MARCH 或 SEPTEMBER）") RoundTerm term,
        @Size(max = 64, message = "clientId 最多 64 个字符") String clientId) {
}
