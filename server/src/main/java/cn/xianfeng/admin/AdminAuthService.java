package cn.xianfeng.admin;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.IssuedToken;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.RateLimitedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * Username-and-password login for bureau staff. Attempts are counted in Redis (so every instance sees them), per
 * client address and per username, and a slot is taken <em>before</em> the password is checked: parallel guesses
 * cannot all slip past the limit. After {@code maxFailedLogins} attempts without a success the username is locked
 * until its window, which starts at the first attempt, has passed; an address gets {@code maxLoginsPerIp} attempts
 * per window whatever the usernames.
 *
 * <p>Nothing here runs in a transaction: BCrypt takes a good fraction of a second on purpose, and a burst of logins
 * must not hold the database pool while it does.
 */
@Service
class AdminAuthService {

    /** INCR that starts the window on the first hit (and repairs a key left without one); answers {count, ttl ms}. */
    private static final String COUNT_ATTEMPT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}""";

    private final AdminAccountMapper accounts;
    private final AdminAccountRoleMapper roles;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final RedissonClient redisson;
    private final AdminProperties properties;
    /**
     * Compared against when the username is unknown, so both failures take as long as each other. Made at the first
     * such login rather than in the constructor, where its BCrypt round lengthened every start.
     */
    private final SingletonSupplier<String> unknownUserHash;

    AdminAuthService(AdminAccountMapper accounts, AdminAccountRoleMapper roles, PasswordEncoder passwords,
                     TokenService tokens, RedissonClient redisson, AdminProperties properties) {
        this.accounts = accounts;
        this.roles = roles;
        this.passwords = passwords;
        this.tokens = tokens;
        this.redisson = redisson;
        this.properties = properties;
        this.unknownUserHash = SingletonSupplier.of(() -> passwords.encode("unknown-user-placeholder"));
    }

    AdminLoginResponse login(String username, String password, String clientIp) {
        Attempt fromAddress = count("auth:admin-login-ip:" + clientIp, properties.loginIpWindow());
        if (fromAddress.count() > properties.maxLoginsPerIp()) {
            throw new RateLimitedException("LOGIN_RATE_LIMITED", "登录尝试过于频繁，请稍后再试",
                    fromAddress.retryAfter(properties.loginIpWindow()));
        }
        String failuresKey = failuresKey(username);
        Attempt forUsername = count(failuresKey, properties.failedLoginWindow());
        if (forUsername.count() > properties.maxFailedLogins()) {
            throw new RateLimitedException("LOGIN_LOCKED", "登录失败次数过多，请稍后再试",
                    forUsername.retryAfter(properties.failedLoginWindow()));
        }
        AdminAccount account = accounts.findByUsername(username);
        // Read before the password check: sessions ended while it runs (a reset, a disable) end this one too.
        long sessionVersion = account != null ? tokens.sessionVersion(Audience.ADMIN, account.getId()) : 0;
        boolean matches = passwords.matches(password,
                account != null ? account.getPasswordHash() : unknownUserHash.obtain());
        if (account == null || !matches) {
            throw new AdminLoginFailedException();
        }
        redisson.getBucket(failuresKey).delete();
        if (!Boolean.TRUE.equals(account.getEnabled())) {
            throw new AdminDisabledException();
        }
        accounts.touchLastLogin(account.getId(), Instant.now());
        IssuedToken token = tokens.issue(Audience.ADMIN, account.getId(), sessionVersion, properties.tokenTtl());
        return new AdminLoginResponse(token.token(), ApiTime.of(token.expiresAt()), view(account));
    }

    /** Lifts a lockout, e.g. after a SUPER_ADMIN set a new password for someone who had forgotten theirs. */
    void forgetFailures(String username) {
        redisson.getBucket(failuresKey(username)).delete();
    }

    /**
     * Ends every token of the admin once the current transaction commits. Not before: a login that read the old
     * password hash or the enabled flag just before the commit must still be caught by the end.
     */
    void endSessionsAfterCommit(long adminId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tokens.endSessions(Audience.ADMIN, adminId);
            }
        });
    }

    void logout(String token) {
        tokens.revoke(token);
    }

    AdminView me(long adminId, String token) {
        AdminAccount account = accounts.selectById(adminId);
        if (account == null || !Boolean.TRUE.equals(account.getEnabled())) {
            // Disabled after the token was issued: the token dies with the account.
            tokens.revoke(token);
            throw new UnauthenticatedException("账号已停用或不存在，请重新登录");
        }
        return view(account);
    }

    private Attempt count(String key, Duration window) {
        List<Long> reply = redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, COUNT_ATTEMPT,
                RScript.ReturnType.LIST, List.of(key), String.valueOf(window.toMillis()));
        return new Attempt(reply.get(0), reply.get(1));
    }

    private static String failuresKey(String username) {
        return "auth:admin-failures:" + username.toLowerCase(Locale.ROOT);
    }

    private AdminView view(AdminAccount account) {
        return new AdminView(String.valueOf(account.getId()), account.getUsername(), account.getDisplayName(),
                roles.listRolesByAdmin(account.getId()));
    }

    private record Attempt(long count, long millisLeft) {

        Duration retryAfter(Duration window) {
            return millisLeft > 0 ? Duration.ofMillis(millisLeft) : window;
        }
    }
}
