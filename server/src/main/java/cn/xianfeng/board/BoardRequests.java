package cn.xianfeng.board;

import java.time.Duration;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Component;

/**
 * The limit on what one client address may ask of the public board: {@code xf.board.requests-per-minute} requests
 * per one-minute window (starting at its first request), counted in Redis so every instance sees them, the JSON, the
 * page and the QR code alike. The address is the servlet's, which believes X-Forwarded-For only from trusted proxies.
 */
@Component
class BoardRequests {

    static final Duration WINDOW = Duration.ofMinutes(1);

    /** INCR that starts the window on the first hit (and repairs a key left without one); answers {count, ttl ms}. */
    private static final String COUNT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {n, redis.call('PTTL', KEYS[1])}""";

    private final RedissonClient redisson;
    private final int perMinute;

    BoardRequests(RedissonClient redisson, BoardProperties properties) {
        this.redisson = redisson;
        this.perMinute = properties.requestsPerMinute();
    }

    /** Counts the request; 429 once the address has used up its window. */
    void admit(String clientAddress) {
        List<Long> reply = redisson.getScript(StringCodec.INSTANCE).eval(RScript.Mode.READ_WRITE, COUNT,
                RScript.ReturnType.LIST, List.of("board:requests:" + clientAddress),
                String.valueOf(WINDOW.toMillis()));
        if (reply.get(0) > perMinute) {
            long millisLeft = reply.get(1);
            throw new BoardExceptions.RateLimited(millisLeft > 0 ? Duration.ofMillis(millisLeft) : WINDOW);
        }
    }
}
