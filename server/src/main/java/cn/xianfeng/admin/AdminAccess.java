package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.ForbiddenException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Permission checks for the admin side, used by every feature's admin services. Roles are read from the database
 * on each check, so a role taken away works at once, not when the token expires.
 */
@Service
public class AdminAccess {

    private final AdminAccountMapper accounts;
    private final AdminAccountRoleMapper roles;
    private final TokenService tokens;

    AdminAccess(AdminAccountMapper accounts, AdminAccountRoleMapper roles, TokenService tokens) {
        this.accounts = accounts;
        this.roles = roles;
        this.tokens = tokens;
    }

    public Set<AdminRole> rolesOf(long adminId) {
        return roles.listRolesByAdmin(adminId);
    }

    /**
     * The caller's reach under the permission; 403 when it reaches nothing. A caller whose account has been disabled
     * or deleted since the token was issued gets 401, and the token is revoked. Disabling ends all the account's
     * tokens itself, right after it commits; this catches a request in between, and a row deleted by hand.
     */
    public AdminScope require(AdminCaller caller, Permission permission) {
        AdminAccount account = accounts.selectById(caller.adminId());
        if (account == null || !Boolean.TRUE.equals(account.getEnabled())) {
            tokens.revoke(caller.token());
            throw new UnauthenticatedException("账号已停用或不存在，请重新登录");
        }
        return switch (permission.reachOf(roles.listRolesByAdmin(caller.adminId()))) {
            case ALL -> new AdminScope(caller.adminId(), true);
            case OWN_COBUILDINGS -> new AdminScope(caller.adminId(), false);
            case NONE -> throw new ForbiddenException("当前账号没有此操作的权限");
        };
    }

    /** Whether the admin exists, is enabled and holds the role (e.g. LIAISON before assigning a co-building). */
    public boolean isActiveWithRole(long adminId, AdminRole role) {
        AdminAccount account = accounts.selectById(adminId);
        return account != null && Boolean.TRUE.equals(account.getEnabled()) && roles.listRolesByAdmin(adminId).contains(role);
    }

    /** Of these admins, the ones that are enabled and hold the role; two queries whatever their number. */
    public Set<Long> activeWithRole(Collection<Long> adminIds, AdminRole role) {
        if (adminIds.isEmpty()) {
            return Set.of();
        }
        Map<Long, Set<AdminRole>> held = roles.listRolesByAdmin(adminIds);
        return accounts.selectByIds(adminIds).stream()
                .filter(a -> Boolean.TRUE.equals(a.getEnabled())
                        && held.getOrDefault(a.getId(), Set.of()).contains(role))
                .map(AdminAccount::getId).collect(Collectors.toSet());
    }

    /** Display names of several admins in one query; unknown ids are left out. */
    public Map<Long, String> displayNames(Collection<Long> adminIds) {
        Map<Long, String> names = new HashMap<>();
        if (!adminIds.isEmpty()) {
            accounts.selectByIds(adminIds).forEach(a -> names.put(a.getId(), a.getDisplayName()));
        }
        return names;
    }

    public Optional<String> displayName(long adminId) {
        return Optional.ofNullable(accounts.selectById(adminId)).map(AdminAccount::getDisplayName);
    }
}
