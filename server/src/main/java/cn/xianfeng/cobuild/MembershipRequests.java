package cn.xianfeng.cobuild;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Requests about who is in a co-building. */
final class MembershipRequests {

    private MembershipRequests() {
    }

    /** The code as typed or scanned; case, spaces and dashes do not matter. */
    record Join(@NotBlank(message = "请输入邀请码") @Size(max = 32, message = "邀请码格式不正确") String code) {
    }

    /** {@code clientId}, the phone's own id for this invitation, makes a retried create return the one it made. */
    record CreateInvitation(
            @Pattern(regexp = "^$|^[A-Za-z0-9_-]{8,64}$", message = "clientId 格式不正确") String clientId,
            @NotNull(message = "请选择邀请的角色") MemberRole role,
            @NotBlank(message = "请选择所属单位") @Pattern(regexp = "^\\d{1,18}$", message = "单位编号不正确") String unitId,
            @Min(value = 1, message = "有效期至少 1 天") @Max(value = 30, message = "有效期最多 30 天") Integer validDays,
            @Min(value = 1, message = "使用次数至少 1 次") @Max(value = 200, message = "使用次数最多 200 次") Integer maxUses) {
    }

    record HandLiaison(@NotBlank(message = "请选择成员") @Pattern(regexp = "^\\d{1,18}$", message = "成员编号不正确")
                       String userId) {
    }
}
