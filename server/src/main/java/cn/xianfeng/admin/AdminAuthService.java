package cn.xianfeng.admin;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.IssuedToken;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RedissonClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Username-and-password login for bureau staff. Failed attempts are counted per username in Redis (so every
 * instance sees them); after {@code maxFailedLogins} within the window the username is locked until the window,
 * which starts at the first failure, has passed.
 */
@Service
class AdminAuthService {

    private final AdminAccountMapper accounts;
    private final AdminAccountRoleMapper roles;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final RedissonClient redisson;
    private final AdminProperties properties;
    /** Compared against when the username is unknown, so both failures take as long as each other. */
    private final String unknownUserHash;

    AdminAuthService(AdminAccountMapper accounts, AdminAccountRoleMapper roles, PasswordEncoder passwords,
                     TokenService tokens, RedissonClient redisson, AdminProperties properties) {
        this.accounts = accounts;
        this.roles = roles;
        this.passwords = passwords;
        this.tokens = tokens;
        this.redisson = redisson;
        this.properties = properties;
        this.unknownUserHash = passwords.encode("unknown-user-placeholder");
    }

    @Transactional
    AdminLoginResponse login(String username, String password) {
        RAtomicLong failures = failuresOf(username);
        if (failures.get() >= properties.maxFailedLogins()) {
            long millisLeft = failures.remainTimeToLive();
            throw new RateLimitedException("LOGIN_LOCKED", "登录失败次数过多，请稍后再试",
                    millisLeft > 0 ? Duration.ofMillis(millisLeft) : properties.failedLoginWindow());
        }
        AdminAccount account = accounts.findByUsername(username);
        boolean matches = passwords.matches(password, account != null ? account.getPasswordHash() : unknownUserHash);
        if (account == null || !matches) {
            // The window starts at the first failure. (PEXPIRE NX would do this in one call, but needs Redis 7.)
            if (failures.incrementAndGet() == 1 || failures.remainTimeToLive() == -1) {
                failures.expire(properties.failedLoginWindow());
            }
            throw new AdminLoginFailedException();
        }
        if (!Boolean.TRUE.equals(account.getEnabled())) {
            throw new AdminDisabledException();
        }
        failures.delete();
        AdminAccount touch = new AdminAccount();
        touch.setId(account.getId());
        touch.setLastLoginAt(Instant.now());
        accounts.updateById(touch);
        IssuedToken token = tokens.issue(Audience.ADMIN, account.getId(), properties.tokenTtl());
        return new AdminLoginResponse(token.token(), ApiTime.of(token.expiresAt()), view(account));
    }

    /** Lifts a lockout, e.g. after a SUPER_ADMIN set a new password for someone who had forgotten theirs. */
    void forgetFailures(String username) {
        failuresOf(username).delete();
    }

    private RAtomicLong failuresOf(String username) {
        return redisson.getAtomicLong("auth:admin-failures:" + username.toLowerCase(Locale.ROOT));
    }

    void logout(String token) {
        tokens.revoke(token);
    }

    @Transactional(readOnly = true)
    AdminView me(long adminId, String token) {
        AdminAccount account = accounts.selectById(adminId);
        if (account == null || !Boolean.TRUE.equals(account.getEnabled())) {
            // Disabled after the token was issued: the token dies with the account.
            tokens.revoke(token);
            throw new UnauthenticatedException("账号已停用或不存在，请重新登录");
        }
        return view(account);
    }

    private AdminView view(AdminAccount account) {
        return new AdminView(String.valueOf(account.getId()), account.getUsername(), account.getDisplayName(),
                roles.rolesOf(account.getId()));
    }
}
