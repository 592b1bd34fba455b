package cn.xianfeng.cobuild;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.shared.security.Sha256;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RateLimitedException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * Codes are 8 characters of 32: guessable only by trying many. Each member gets {@value #MAX_FAILURES} unknown codes
 * per window, counted in Redis so every instance sees them, across joining and previewing alike; after that both
 * answer 429 until the window, which starts at the first miss, has passed. Right codes cost nothing.
 */
@Component
class JoinAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** INCR that starts the window on the first miss (and repairs a key left without one). */
    private static final String COUNT_FAILURE = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""";

    private final RedissonClient redisson;
    private final MemberDirectory members;

    JoinAttempts(RedissonClient redisson, MemberDirectory members) {
        this.redisson = redisson;
        this.members = members;
    }

    /** Runs a join or a preview for the member: refused while they have used up their misses, counted if it misses. */
    <T> T guarded(long userId, Supplier<T> attempt) {
        String key = key(userId);
        check(key);
        try {
            return attempt.get();
        } catch (NotFoundException e) {
            if ("INVITATION_NOT_FOUND".equals(e.code())) {
                failed(key);
            }
            throw e;
        }
    }

    /** 429 while this member has used up their misses. */
    private void check(String key) {
        var bucket = redisson.<String>getBucket(key, StringCodec.INSTANCE);
        String failures = bucket.get();
        if (failures != null && Long.parseLong(failures) >= MAX_FAILURES) {
            long millisLeft = bucket.remainTimeToLive();
            throw new RateLimitedException("INVITATION_RATE_LIMITED", "邀请码错误次数过多，请稍后再试",
                    millisLeft > 0 ? Duration.ofMillis(millisLeft) : WINDOW);
        }
    }

    private void failed(String key) {
        redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, COUNT_FAILURE,
                RScript.ReturnType.LONG, List.of(key), String.valueOf(WINDOW.toMillis()));
    }

    /**
     * By the person's WeChat identity rather than the row id: ids start again in a new database (every test run has
     * one) while the Redis beside it stays, and a stranger must not inherit someone else's misses. Hashed: an openid
     * identifies a person to WeChat and has no business in a key anyone listing Redis can read.
     */
    private String key(long userId) {
        return "cobuild:join-misses:" + members.openid(userId).map(Sha256::hex).orElse("user-" + userId);
    }
}
