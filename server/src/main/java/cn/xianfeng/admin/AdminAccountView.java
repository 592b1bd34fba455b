package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;
import java.util.Set;

/** An admin account as the account management shows it; never its password hash. */
public record AdminAccountView(String id, String username, String displayName, Set<AdminRole> roles,
                               boolean enabled, OffsetDateTime lastLoginAt, OffsetDateTime createdAt) {

    static AdminAccountView of(AdminAccount account, Set<AdminRole> roles) {
        return new AdminAccountView(String.valueOf(account.getId()), account.getUsername(),
                account.getDisplayName(), roles, Boolean.TRUE.equals(account.getEnabled()),
                ApiTime.of(account.getLastLoginAt()), ApiTime.of(account.getCreatedAt()));
    }
}
