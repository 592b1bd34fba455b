package cn.xianfeng.shared.security;

import cn.xianfeng.shared.cache.NearCache;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
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
 *
 * <p>Resolution is on every authenticated request, so both reads are kept in a {@link NearCache} of this instance: a
 * token's record (it never changes, it is only deleted) and a subject's version. Whatever deletes a token or moves a
 * version invalidates it after writing Redis, so a revocation is seen everywhere within a pub/sub delivery, and no
 * copy is believed for longer than {@link #LOCAL_TTL} whatever happens. Only live answers are kept; a made-up token
 * costs a Redis read, never memory.
 */
@Service
public class TokenService {

    private static final String TOKEN_PREFIX = "auth:token:";
    private static final String VERSION_PREFIX = "auth:session-version:";
    private static final String TICKET_PREFIX = "auth:ticket:";
    /** The longest a cached entry is believed without asking Redis, should an invalidation ever be lost. */
    static final Duration LOCAL_TTL = Duration.ofSeconds(60);
    /** Far more sign-ins than one instance serves within {@link #LOCAL_TTL}; past it the cache starts over. */
    private static final int MAX_CACHED = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RedissonClient redisson;
    private final ApplicationEventPublisher events;
    private final NearCache<CachedToken> tokenCache;
    private final NearCache<Long> versionCache;

    TokenService(RedissonClient redisson, ApplicationEventPublisher events) {
        this.redisson = redisson;
        this.events = events;
        this.tokenCache = new NearCache<>(redisson, "auth:invalidations:token", LOCAL_TTL, MAX_CACHED);
        this.versionCache = new NearCache<>(redisson, "auth:invalidations:version", LOCAL_TTL, MAX_CACHED);
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
        redisson.<String>getBucket(TOKEN_PREFIX + Sha256.hex(token), StringCodec.INSTANCE)
                .set(audience.name() + ":" + subjectId + ":" + sessionVersion, ttl);
        return new IssuedToken(token, Instant.now().plus(ttl));
    }

    /** The subject's session version, read from Redis: a password login must not act on a stale one. */
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
        return resolveHash(Sha256.hex(token), audience);
    }

    /** Whether the sign-in still stands: its token neither revoked, nor expired, nor ended with all the others. */
    public boolean isLive(SignIn signIn) {
        return resolveHash(signIn.tokenHash(), signIn.audience())
                .filter(live -> live.subjectId() == signIn.subjectId()).isPresent();
    }

    public void revoke(String token) {
        if (plausible(token)) {
            String hash = Sha256.hex(token);
            redisson.getBucket(TOKEN_PREFIX + hash, StringCodec.INSTANCE).delete();
            tokenCache.invalidate(hash);
        }
    }

    /**
     * Ends every sign-in of the subject at once, on every instance: tokens issued before this call no longer resolve.
     * The version key never expires on purpose: were it to vanish, the version would start again at zero and tokens
     * issued before the first end would come back to life.
     */
    public void endSessions(Audience audience, long subjectId) {
        version(audience, subjectId).incrementAndGet();
        versionCache.invalidate(versionKey(audience, subjectId));
        events.publishEvent(new SessionsEnded(audience, subjectId));
    }

    /**
     * A short-lived, single-use ticket standing for the sign-in, for a client that must put a credential in a URL
     * (a socket): a URL ends up in proxy logs, so what it carries must be worthless by the time anyone reads them.
     */
    public IssuedToken issueTicket(SignIn signIn, Duration ttl) {
        String ticket = randomValue();
        redisson.<String>getBucket(TICKET_PREFIX + Sha256.hex(ticket), StringCodec.INSTANCE)
                .set(signIn.audience().name() + ":" + signIn.tokenHash(), ttl);
        return new IssuedToken(ticket, Instant.now().plus(ttl));
    }

    /** Uses the ticket up (a second redemption finds nothing) and answers the sign-in it stands for, if still live. */
    public Optional<SignIn> redeemTicket(String ticket, Audience audience) {
        if (!plausible(ticket)) {
            return Optional.empty();
        }
        String value = redisson.<String>getBucket(TICKET_PREFIX + Sha256.hex(ticket), StringCodec.INSTANCE)
                .getAndDelete();
        if (value == null || !value.startsWith(audience.name() + ":")) {
            return Optional.empty();
        }
        return resolveHash(value.substring(audience.name().length() + 1), audience);
    }

    /** The one place a token is resolved: its record, then the subject's session version. */
    private Optional<SignIn> resolveHash(String tokenHash, Audience audience) {
        CachedToken token = tokenRecord(tokenHash);
        if (token == null || token.audience() != audience) {
            return Optional.empty();
        }
        if (token.issuedUnder() != currentVersion(audience, token.subjectId())) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(audience, token.subjectId(), tokenHash));
    }

    private CachedToken tokenRecord(String tokenHash) {
        return tokenCache.getLoaded(tokenHash, hash -> {
            // The record and its remaining time in one round trip: a cached copy must not outlive the token.
            RBatch batch = redisson.createBatch();
            RFuture<String> value = batch.<String>getBucket(TOKEN_PREFIX + hash, StringCodec.INSTANCE).getAsync();
            RFuture<Long> ttl = batch.getBucket(TOKEN_PREFIX + hash, StringCodec.INSTANCE).remainTimeToLiveAsync();
            batch.execute();
            return parse(value.toCompletableFuture().join(), ttl.toCompletableFuture().join());
        });
    }

    private long currentVersion(Audience audience, long subjectId) {
        return versionCache.get(versionKey(audience, subjectId), key -> version(audience, subjectId).get());
    }

    private static NearCache.Loaded<CachedToken> parse(String value, Long remainingMillis) {
        int colon = value == null ? -1 : value.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Audience audience;
        try {
            audience = Audience.valueOf(value.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String[] parts = value.substring(colon + 1).split(":");
        long subjectId = Long.parseLong(parts[0]);
        // Tokens issued before session versions existed carry none: they belong to version 0.
        long issuedUnder = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        long cacheFor = remainingMillis != null && remainingMillis >= 0 ? remainingMillis : LOCAL_TTL.toMillis();
        return new NearCache.Loaded<>(new CachedToken(audience, subjectId, issuedUnder), cacheFor);
    }

    private static String versionKey(Audience audience, long subjectId) {
        return audience.name() + ":" + subjectId;
    }

    private RAtomicLong version(Audience audience, long subjectId) {
        return redisson.getAtomicLong(VERSION_PREFIX + versionKey(audience, subjectId));
    }

    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 128;
    }

    private static String randomValue() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private record CachedToken(Audience audience, long subjectId, long issuedUnder) {
    }
}
