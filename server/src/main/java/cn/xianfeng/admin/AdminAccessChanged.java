package cn.xianfeng.admin;

import java.util.Set;

/**
 * An admin account's roles changed, or it was disabled or enabled; published inside the change's transaction, so a
 * synchronous listener's own changes commit or roll back with it. {@code roles} and {@code enabled} are the account's
 * state after the change; {@code changedBy} is the admin who made it.
 */
public record AdminAccessChanged(long adminId, boolean enabled, Set<AdminRole> roles, long changedBy) {

    public AdminAccessChanged {
        roles = Set.copyOf(roles);
    }

    /** Whether the account may still act in this role. */
    public boolean holds(AdminRole role) {
        return enabled && roles.contains(role);
    }
}
