package cn.xianfeng.admin;

import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Admin account management, for SUPER_ADMIN only. Two rules keep the bureau from locking itself out: nobody disables
 * themself or drops their own SUPER_ADMIN role, and the last enabled SUPER_ADMIN stays. The second is checked with
 * locking reads after taking the SUPER_ADMIN holders' row locks, so two super admins disabling each other at the same
 * moment cannot both succeed.
 */
@Service
class AdminAccountService {

    private final AdminAccountMapper accounts;
    private final AdminAccountRoleMapper roles;
    private final AdminAccess access;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final AdminAuthService auth;
    private final ApplicationEventPublisher events;

    AdminAccountService(AdminAccountMapper accounts, AdminAccountRoleMapper roles, AdminAccess access,
                        AuditLog audit, PasswordEncoder passwords, AdminAuthService auth,
                        ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.roles = roles;
        this.access = access;
        this.audit = audit;
        this.passwords = passwords;
        this.auth = auth;
        this.events = events;
    }

    PageResponse<AdminAccountView> list(AdminCaller caller, String text, AdminRole role, Boolean enabled,
                                        PageQuery paging) {
        requireSuperAdmin(caller);
        Page<AdminAccount> page = paging.toPage();
        List<Long> onlyIds = role == null ? null : roles.listAdminIdsByRole(role);
        if (onlyIds != null && onlyIds.isEmpty()) {
            return PageResponse.all(page, List.of());
        }
        String q = text == null || text.isBlank() ? null : text.strip();
        Page<AdminAccount> found = accounts.pageBySearch(q, onlyIds, enabled, page);
        Map<Long, Set<AdminRole>> byAdmin = roles.listRolesByAdmin(found.getRecords().stream().map(AdminAccount::getId)
                .toList());
        return PageResponse.of(found, account -> AdminAccountView.of(account,
                byAdmin.getOrDefault(account.getId(), EnumSet.noneOf(AdminRole.class))));
    }

    AdminAccountView get(AdminCaller caller, long id) {
        requireSuperAdmin(caller);
        return view(found(accounts.selectById(id), id));
    }

    @Transactional
    AdminAccountView create(AdminCaller caller, AdminAccountCreateRequest request) {
        requireSuperAdmin(caller);
        AdminAccount account = new AdminAccount();
        account.setUsername(request.username());
        account.setDisplayName(request.displayName().strip());
        account.setPasswordHash(passwords.encode(request.password()));
        account.setEnabled(true);
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException taken) {
            // The unique key is the guard (case-insensitive, like the login lookup).
            throw new UsernameTakenException(request.username());
        }
        Set<AdminRole> granted = EnumSet.copyOf(request.roles());
        granted.forEach(role -> roles.insert(new AdminAccountRole(account.getId(), role)));
        audit.record(caller, "admin.create", "admin_account", account.getId(),
                "创建账号 " + account.getUsername() + "（" + account.getDisplayName() + "），角色 " + names(granted));
        return view(accounts.selectById(account.getId()));
    }

    @Transactional
    AdminAccountView changeRoles(AdminCaller caller, long id, Set<AdminRole> requested) {
        requireSuperAdmin(caller);
        Set<AdminRole> wanted = EnumSet.copyOf(requested);
        if (id == caller.adminId() && !wanted.contains(AdminRole.SUPER_ADMIN)) {
            throw new CannotDemoteSelfException("不能撤销自己的超级管理员角色");
        }
        List<Long> superAdmins = roles.lockAdminIdsByRole(AdminRole.SUPER_ADMIN);
        AdminAccount account = found(accounts.lockById(id), id);
        Set<AdminRole> held = roles.lockRolesByAdmin(id);
        if (held.contains(AdminRole.SUPER_ADMIN) && !wanted.contains(AdminRole.SUPER_ADMIN)
                && Boolean.TRUE.equals(account.getEnabled())) {
            requireAnotherEnabledSuperAdmin(account, superAdmins);
        }
        Set<AdminRole> removed = EnumSet.noneOf(AdminRole.class);
        removed.addAll(held);
        removed.removeAll(wanted);
        roles.removeRoles(id, removed);
        wanted.stream().filter(role -> !held.contains(role))
                .forEach(role -> roles.insert(new AdminAccountRole(id, role)));
        audit.record(caller, "admin.roles", "admin_account", id,
                "账号 " + account.getUsername() + " 的角色 " + names(held) + " → " + names(wanted));
        if (!removed.isEmpty()) {
            // A role taken away also takes away the sign-ins that were made while it was held.
            auth.endSessionsAfterCommit(id);
        }
        accessChanged(caller, account, wanted);
        return AdminAccountView.of(account, wanted);
    }

    @Transactional
    AdminAccountView disable(AdminCaller caller, long id) {
        requireSuperAdmin(caller);
        if (id == caller.adminId()) {
            throw new CannotDemoteSelfException("不能停用自己的账号");
        }
        List<Long> superAdmins = roles.lockAdminIdsByRole(AdminRole.SUPER_ADMIN);
        AdminAccount account = found(accounts.lockById(id), id);
        if (superAdmins.contains(id) && Boolean.TRUE.equals(account.getEnabled())) {
            requireAnotherEnabledSuperAdmin(account, superAdmins);
        }
        accounts.disable(id);
        account.setEnabled(false);
        audit.record(caller, "admin.disable", "admin_account", id, "停用账号 " + account.getUsername());
        // Every token ends now, not when it is next presented: enabling the account again must not revive them.
        auth.endSessionsAfterCommit(id);
        Set<AdminRole> held = roles.lockRolesByAdmin(id);
        accessChanged(caller, account, held);
        return AdminAccountView.of(account, held);
    }

    @Transactional
    AdminAccountView enable(AdminCaller caller, long id) {
        requireSuperAdmin(caller);
        AdminAccount account = found(accounts.lockById(id), id);
        accounts.enable(id);
        account.setEnabled(true);
        audit.record(caller, "admin.enable", "admin_account", id, "启用账号 " + account.getUsername());
        Set<AdminRole> held = roles.lockRolesByAdmin(id);
        accessChanged(caller, account, held);
        return AdminAccountView.of(account, held);
    }

    @Transactional
    AdminAccountView resetPassword(AdminCaller caller, long id, String password) {
        requireSuperAdmin(caller);
        AdminAccount account = found(accounts.lockById(id), id);
        accounts.setPasswordHash(id, passwords.encode(password));
        // Never the password, nor its hash, in the summary.
        audit.record(caller, "admin.reset-password", "admin_account", id, "重置账号 " + account.getUsername() + " 的密码");
        // Whoever knew the old password is signed out with it.
        auth.endSessionsAfterCommit(id);
        // A lockout from the forgotten password would otherwise keep the new one out for up to the window.
        String username = account.getUsername();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                auth.forgetFailures(username);
            }
        });
        return AdminAccountView.of(account, roles.lockRolesByAdmin(id));
    }

    /** Tells other features (e.g. a liaison's co-buildings) inside this transaction. */
    private void accessChanged(AdminCaller caller, AdminAccount account, Set<AdminRole> held) {
        events.publishEvent(new AdminAccessChanged(account.getId(), Boolean.TRUE.equals(account.getEnabled()), held,
                caller.adminId()));
    }

    private void requireSuperAdmin(AdminCaller caller) {
        access.require(caller, Permission.MANAGE_ADMIN_ACCOUNTS);
    }

    private void requireAnotherEnabledSuperAdmin(AdminAccount account, List<Long> superAdmins) {
        boolean another = accounts.lockEnabledByIds(superAdmins).stream().anyMatch(id -> !id.equals(account.getId()));
        if (!another) {
            throw new LastSuperAdminException();
        }
    }

    private AdminAccountView view(AdminAccount account) {
        return AdminAccountView.of(account, roles.listRolesByAdmin(account.getId()));
    }

    private static AdminAccount found(AdminAccount account, long id) {
        if (account == null) {
            throw new NotFoundException("管理员账号 " + id + " 不存在");
        }
        return account;
    }

    private static String names(Set<AdminRole> roles) {
        return roles.isEmpty() ? "（无）" : roles.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
