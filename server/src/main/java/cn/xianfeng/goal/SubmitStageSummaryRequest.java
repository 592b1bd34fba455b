package cn.xianfeng.goal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The summary of the current stage and the goals of the next one; a {@code clientId} inside a next goal is ignored
 * (the summary's own {@code clientId} makes the whole submit retry-safe).
 */
public record SubmitStageSummaryRequest(
        @NotNull(message = "请指明阶段") @Min(value = 1, message = "阶段从 1 开始") @Max(value = 1000, message = "阶段不正确")
        Integer stage,
        @NotBlank(message = "请填写总结") @Size(max = 4000, message = "总结最多 4000 字") String text,
        @Size(max = 9, message = "照片最多 9 张")
        List<@NotNull(message = "照片编号不正确") @Pattern(regexp = "^\\d{1,18}$", message = "照片编号不正确") String>
                photoMediaIds,
        @NotNull(message = "请设定下一阶段的目标") @Size(min = 1, max = 20, message = "下一阶段目标须为 1 到 20 个")
        List<@NotNull(message = "目标不能为空") @Valid CreateGoalRequest> nextGoals,
        @NotBlank(message = "缺少 clientId") @Size(max = 64, message = "clientId 最多 64 个字符") String clientId) {
}
