package cn.xianfeng.briefing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A PDF to attach: an upload of purpose ATTACHMENT made through {@code POST /api/admin/media}, and its shown name. */
public record AttachmentRequest(
        @NotNull(message = "附件编号不正确") @Pattern(regexp = "^\\d{1,18}$", message = "附件编号不正确") String mediaId,
        @NotBlank(message = "请填写附件名称") @Size(max = 100, message = "附件名称最多 100 字") String name) {
}
