package cn.xianfeng.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens kept in Redis with an expiry. Redis holds only a SHA-256 of each token, so a dump of Redis
 * does not hand out sessions; revoking is deleting the key, and every instance sees it at once.
 */
@Service
public class TokenService {

    private static final String KEY_PREFIX = "auth:token:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedissonClient redisson;

    TokenService(RedissonClient redisson) {
        this.redisson = redisson;
    }

    public IssuedToken issue(Audience audience, long subjectId, Duration ttl) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        bucket(token).set(audience.name() + ":" + subjectId, ttl);
        return new IssuedToken(token, Instant.now().plus(ttl));
    }

    /** The subject of a live token of this audience, if any. */
    public Optional<Long> resolve(String token, Audience audience) {
        if (token == null || token.isBlank() || token.length() > 128) {
            return Optional.empty();
        }
        String value = bucket(token).get();
        if (value == null || !value.startsWith(audience.name() + ":")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(value.substring(audience.name().length() + 1)));
    }

    public void revoke(String token) {
        bucket(token).delete();
    }

    private RBucket<String> bucket(String token) {
        return redisson.getBucket(KEY_PREFIX + sha256(token), StringCodec.INSTANCE);
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
