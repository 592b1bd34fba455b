package cn.xianfeng.admin;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** The account's complete new set of roles. */
public record AdminAccountRolesRequest(
        @NotEmpty(message = "请至少选择一个角色") Set<@NotNull(message = "角色不能为空") AdminRole> roles) {
}
