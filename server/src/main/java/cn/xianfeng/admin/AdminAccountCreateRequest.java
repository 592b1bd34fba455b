package cn.xianfeng.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A new admin account; it starts enabled. */
public record AdminAccountCreateRequest(
        @NotNull(message = "请填写用户名")
        @Pattern(regexp = "^[A-Za-z0-9_.-]{3,32}$", message = "用户名为 3 到 32 位字母、数字或 _ . -") String username,
        @NotBlank(message = "请填写姓名") @Size(max = 32, message = "姓名最多 32 个字") String displayName,
        @NotNull(message = "请设置密码") @AdminPassword String password,
        @NotEmpty(message = "请至少选择一个角色") Set<@NotNull(message = "角色不能为空") AdminRole> roles) {

    @Override
    public String toString() {
        return "AdminAccountCreateRequest[username=" + username + ", roles=" + roles + "]";
    }
}
