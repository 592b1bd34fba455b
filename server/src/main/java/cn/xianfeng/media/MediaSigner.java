package cn.xianfeng.media;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs and checks media links: {@code /api/media/{id}/{variant}?exp=<epoch seconds>&sig=<base64url HMAC-SHA256>}
 * over {@code id/variant/exp} with {@code XF_SIGNING_SECRET} (required in prod, see runtime.ProductionEnvironment;
 * a random one per start elsewhere, so local links die with the process).
 * <p>
 * The expiry is rounded up to the next {@link #ROUNDING} boundary plus {@link #VALIDITY}: one media's link is the same
 * string for hours, so phones cache the image by URL, and a link is always valid at least 24 h after it is issued.
 */
@Component
class MediaSigner {

    static final Duration ROUNDING = Duration.ofHours(6);
    static final Duration VALIDITY = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(MediaSigner.class);

    private final byte[] secret;
    private final Clock clock;

    MediaSigner(@Value("${xf.security.signing-secret:}") String secret, Clock clock) {
        this.clock = clock;
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            this.secret = random;
            log.info("No XF_SIGNING_SECRET: media links are signed with a random key of this process");
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The expiry every link issued now carries. */
    long expiry() {
        long now = clock.instant().getEpochSecond();
        long step = ROUNDING.toSeconds();
        long boundary = (now / step + 1) * step;
        return boundary + VALIDITY.toSeconds();
    }

    String url(long mediaId, MediaVariant variant, long expiry) {
        return "/api/media/" + mediaId + "/" + variant.path + "?exp=" + expiry + "&sig="
                + signature(mediaId, variant, expiry);
    }

    /** Whether the signature is the one this server issues for the id, the variant and the expiry. */
    boolean valid(long mediaId, MediaVariant variant, long expiry, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = signature(mediaId, variant, expiry).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    boolean expired(long expiry) {
        return Instant.ofEpochSecond(expiry).isBefore(clock.instant());
    }

    Duration timeLeft(long expiry) {
        Duration left = Duration.between(clock.instant(), Instant.ofEpochSecond(expiry));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private String signature(long mediaId, MediaVariant variant, long expiry) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((mediaId + "/" + variant.path + "/" + expiry)
                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
