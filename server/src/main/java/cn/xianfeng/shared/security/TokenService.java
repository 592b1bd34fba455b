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
import org.redisson.api.RAtomicLong;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Opaque bearer tokens kept in Redis with an expiry. Redis holds only a SHA-256 of each token, so a dump of Redis
 * does not hand out sessions; revoking one is deleting its key, and every instance sees it at once.
 *
 * <p>Each subject (a member, an admin) also has a session version in Redis. A token records the version it was issued
 * under and is live only while that is still the subject's version, so ending every session of a subject is one
 * increment, whatever tokens exist and whether or not they are ever presented again. A single number per subject is
 * also what a local cache can hold and a pub/sub message can invalidate. All resolution stays in this class.
 */
@Service
public class TokenService {

    private static final String TOKEN_PREFIX = "auth:token:";
    private static final String VERSION_PREFIX = "auth:session-version:";
    private static final String TICKET_PREFIX = "auth:ticket:";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedissonClient redisson;
    private final ApplicationEventPublisher events;

    TokenService(RedissonClient redisson, ApplicationEventPublisher events) {
        this.redisson = redisson;
        this.events = events;
    }

    /** A token under the subject's current session version. */
    public IssuedToken issue(Audience audience, long subjectId, Duration ttl) {
        return issue(audience, subjectId, sessionVersion(audience, subjectId), ttl);
    }

    /**
     * A token under a session version read earlier. A password login reads the version together with the account and
     * only then checks the password: sessions ended while the check runs (a reset, a disable) end this one too.
     */
    public IssuedToken issue(Audience audience, long subjectId, long sessionVersion, Duration ttl) {
        String token = randomValue();
        redisson.<String>getBucket(TOKEN_PREFIX + sha256(token), StringCodec.INSTANCE)
                .set(audience.name() + ":" + subjectId + ":" + sessionVersion, ttl);
        return new IssuedToken(token, Instant.now().plus(ttl));
    }

    public long sessionVersion(Audience audience, long subjectId) {
        return version(audience, subjectId).get();
    }

    /** The subject of a live token of this audience, if any. */
    public Optional<Long> resolve(String token, Audience audience) {
        return signIn(token, audience).map(SignIn::subjectId);
    }

    /** The sign-in a live token of this audience stands for, if any. */
    public Optional<SignIn> signIn(String token, Audience audience) {
        if (!plausible(token)) {
            return Optional.empty();
        }
        return resolveHash(sha256(token), audience);
    }

    /** Whether the sign-in still stands: its token neither revoked, nor expired, nor ended with all the others. */
    public boolean isLive(SignIn signIn) {
        return resolveHash(signIn.tokenHash(), signIn.audience())
                .filter(live -> live.subjectId() == signIn.subjectId()).isPresent();
    }

    public void revoke(String token) {
        if (plausible(token)) {
            redisson.getBucket(TOKEN_PREFIX + sha256(token), StringCodec.INSTANCE).delete();
        }
    }

    /**
     * Ends every sign-in of the subject at once, on every instance: tokens issued before this call no longer resolve.
     * The version key never expires on purpose: were it to vanish, the version would start again at zero and tokens
     * issued before the first end would come back to life.
     */
    public void endSessions(Audience audience, long subjectId) {
        version(audience, subjectId).incrementAndGet();
        events.publishEvent(new SessionsEnded(audience, subjectId));
    }

    /**
     * A short-lived, single-use ticket standing for the sign-in, for a client that must put a credential in a URL
     * (a socket): a URL ends up in proxy logs, so what it carries must be worthless by the time anyone reads them.
     */
    public IssuedToken issueTicket(SignIn signIn, Duration ttl) {
        String ticket = randomValue();
        redisson.<String>getBucket(TICKET_PREFIX + sha256(ticket), StringCodec.INSTANCE)
                .set(signIn.audience().name() + ":" + signIn.tokenHash(), ttl);
        return new IssuedToken(ticket, Instant.now().plus(ttl));
    }

    /** Uses the ticket up (a second redemption finds nothing) and answers the sign-in it stands for, if still live. */
    public Optional<SignIn> redeemTicket(String ticket, Audience audience) {
        if (!plausible(ticket)) {
            return Optional.empty();
        }
        String value = redisson.<String>getBucket(TICKET_PREFIX + sha256(ticket), StringCodec.INSTANCE)
                .getAndDelete();
        if (value == null || !value.startsWith(audience.name() + ":")) {
            return Optional.empty();
        }
        return resolveHash(value.substring(audience.name().length() + 1), audience);
    }

    /** The one place a token is resolved: its record, then the subject's session version. */
    private Optional<SignIn> resolveHash(String tokenHash, Audience audience) {
        String value = redisson.<String>getBucket(TOKEN_PREFIX + tokenHash, StringCodec.INSTANCE).get();
        if (value == null || !value.startsWith(audience.name() + ":")) {
            return Optional.empty();
        }
        String[] parts = value.substring(audience.name().length() + 1).split(":");
        long subjectId = Long.parseLong(parts[0]);
        // Tokens issued before session versions existed carry none: they belong to version 0.
        long issuedUnder = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        if (issuedUnder != sessionVersion(audience, subjectId)) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(audience, subjectId, tokenHash));
    }

    private RAtomicLong version(Audience audience, long subjectId) {
        return redisson.getAtomicLong(VERSION_PREFIX + audience.name() + ":" + subjectId);
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 128;
    }

    private static String randomValue() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
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
