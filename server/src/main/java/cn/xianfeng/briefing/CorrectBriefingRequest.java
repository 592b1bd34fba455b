package cn.xianfeng.briefing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A correction of a published briefing (更正): the changed fields as in {@link UpdateBriefingRequest} (the audience
 * stays), and the note members see about what changed.
 */
public record CorrectBriefingRequest(
        @Pattern(regexp = "(?s).*\\S.*", message = "标题不能为空") @Size(max = 60, message = "标题最多 60 字") String title,
        BriefingCategory category,
        @Pattern(regexp = "(?s).*\\S.*", message = "摘要不能为空") @Size(max = 200, message = "摘要最多 200 字") String summary,
        @Pattern(regexp = "(?s).*\\S.*", message = "正文不能为空") @Size(max = 50000, message = "正文最多 50000 字") String body,
        LocalDate applyDeadline,
        Boolean clearApplyDeadline,
        @Size(max = 10, message = "最多 10 个附件") List<@NotNull(message = "附件不正确") @Valid AttachmentRequest> attachments,
        @NotBlank(message = "请说明更正了什么") @Size(max = 200, message = "更正说明最多 200 字") String changeNote) {
}
