package cn.xianfeng.briefing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A new draft briefing. body: Markdown (a safe subset of HTML inside it is kept); applyDeadline (申报截止) optional. */
public record CreateBriefingRequest(
        @NotBlank(message = "请填写标题") @Size(max = 60, message = "标题最多 60 字") String title,
        @NotNull(message = "请选择政策类别") BriefingCategory category,
        @NotBlank(message = "请填写摘要") @Size(max = 200, message = "摘要最多 200 字") String summary,
        @NotBlank(message = "请填写正文") @Size(max = 50000, message = "正文最多 50000 字") String body,
        LocalDate applyDeadline,
        @Size(max = 10, message = "最多 10 个附件") List<@NotNull(message = "附件不正确") @Valid AttachmentRequest> attachments,
        @NotNull(message = "请选择发布范围") @Valid BriefingTargeting targeting) {
}
