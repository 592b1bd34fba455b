package cn.xianfeng.goal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A progress report: the percent the task is at now, a note, photos, and an amount achieved toward the goal's target.
 * {@code correction: true} (the pioneer only) allows a percent below the current one. The clientId is required: a
 * retry on a weak signal must answer the report the first attempt made.
 */
public record PostProgressRequest(
        @NotNull(message = "请填写进度") @Min(value = 0, message = "进度应在 0 到 100 之间")
        @Max(value = 100, message = "进度应在 0 到 100 之间") Integer percent,
        @Size(max = 1000, message = "进展说明最多 1000 字") String note,
        @Size(max = 9, message = "最多 9 张照片")
        List<@NotNull(message = "照片编号不正确")
             @Pattern(regexp = GoalRequests.ID, message = "照片编号不正确") String> photoMediaIds,
        @DecimalMin(value = "0", message = "完成数量不能为负数")
        @DecimalMax(value = "1000000000", message = "完成数量最多 10 亿")
        @Digits(integer = 10, fraction = 2, message = "完成数量最多两位小数") BigDecimal achievedAmount,
        Boolean correction,
        @NotBlank(message = "缺少 clientId") @Size(max = 64, message = "clientId 最多 64 个字符") String clientId) {
}
