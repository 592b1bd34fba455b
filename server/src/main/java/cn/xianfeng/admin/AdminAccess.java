package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ForbiddenException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Role checks for the admin side, used by every feature's admin services. Roles are read from the database on each
 * check, so a role taken away works at once, not when the token expires.
 */
@Service
public class AdminAccess {

    private final AdminAccountMapper accounts;
    private final AdminAccountRoleMapper roles;

    AdminAccess(AdminAccountMapper accounts, AdminAccountRoleMapper roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public Set<AdminRole> rolesOf(long adminId) {
        return roles.rolesOf(adminId);
    }

    /** Throws 403 unless the caller holds one of the roles. SUPER_ADMIN passes every check. */
    @Transactional(readOnly = true)
    public Set<AdminRole> requireAny(AdminCaller caller, AdminRole... allowed) {
        Set<AdminRole> held = roles.rolesOf(caller.adminId());
        if (held.contains(AdminRole.SUPER_ADMIN) || Arrays.stream(allowed).anyMatch(held::contains)) {
            return held;
        }
        throw new ForbiddenException("当前账号没有此操作的权限");
    }

    /** Whether the admin exists, is enabled and holds the role (e.g. LIAISON before assigning a co-building). */
    @Transactional(readOnly = true)
    public boolean isActiveWithRole(long adminId, AdminRole role) {
        AdminAccount account = accounts.selectById(adminId);
        return account != null && Boolean.TRUE.equals(account.getEnabled()) && roles.rolesOf(adminId).contains(role);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayName(long adminId) {
        return Optional.ofNullable(accounts.selectById(adminId)).map(AdminAccount::getDisplayName);
    }
}
