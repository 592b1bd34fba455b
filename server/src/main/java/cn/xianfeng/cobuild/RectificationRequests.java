package cn.xianfeng.cobuild;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the rectification endpoints take. */
final class RectificationRequests {

    private RectificationRequests() {
    }

    /**
     * The co-building's 整改报告: a text and up to 9 photos the member uploaded for RECTIFICATION. It replaces the
     * previous report; the clientId makes a retry of the same submission a no-op.
     */
    record Report(
            @NotBlank(message = "请填写整改报告") @Size(max = 2000, message = "整改报告最多 2000 字") String text,
            @Size(max = 9, message = "最多 9 张照片")
            List<@NotNull(message = "照片编号不正确") @Pattern(regexp = "^\\d{1,18}$", message = "照片编号不正确")
                 String> mediaIds,
            @NotBlank(message = "缺少 clientId") @Size(max = 64, message = "clientId 最多 64 个字符") String clientId) {
    }

    /** The bureau's re-check: passed → the plaque is back (or the co-building active again), failed → 摘牌. */
    record Review(
            @NotNull(message = "请选择复查结论") Boolean passed,
            @Size(max = 500, message = "复查意见最多 500 字") String comment) {
    }
}
