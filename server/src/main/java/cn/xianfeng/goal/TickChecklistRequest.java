package cn.xianfeng.goal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A tick of a checklist item: the photos that show the base has it, and a note. */
public record TickChecklistRequest(
        @Size(max = 500, message = "说明最多 500 字") String note,
        @NotNull(message = "请上传至少 1 张照片") @Size(min = 1, max = 9, message = "照片须为 1 到 9 张")
        List<@NotNull(message = "照片编号不正确") @Pattern(regexp = "^\\d{1,18}$", message = "照片编号不正确") String>
                photoMediaIds) {
}
