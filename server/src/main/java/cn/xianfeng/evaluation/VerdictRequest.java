package cn.xianfeng.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The bureau's verdict on a co-building: deadline (整改期限) with RECTIFY only, and after today; an optional note. */
public record VerdictRequest(
        @NotNull(message = "请选择评估结论") Verdict verdict,
        LocalDate deadline,
        @Size(max = 200, message = "说明最多 200 字") String note) {
}
