package cn.xianfeng.activity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The codes a check-in may carry, both HMACs under the server's signing secret ({@code XF_SIGNING_SECRET}, which
 * production requires; a local or test run without one gets a random secret, valid until it stops):
 * <ul>
 *   <li>the rotating code on the organiser's screen: 6 digits of HMAC(activity, 30-second slice), the current slice
 *       and the previous one accepted, so a code read just before it changed still works;</li>
 *   <li>the 小程序码's key {@code k}: HMAC(activity), short enough for WeChat's 32-character scene.</li>
 * </ul>
 */
@Component
class CheckinCodes {

    static final int PERIOD_SECONDS = 30;

    private final byte[] secret;

    CheckinCodes(@Value("${xf.security.signing-secret:}") String configured) {
        if (configured == null || configured.isBlank()) {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    static long slice(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** When the code of {@code at}'s slice stops being the current one. */
    static Instant sliceEnd(Instant at) {
        return Instant.ofEpochSecond((slice(at) + 1) * PERIOD_SECONDS);
    }

    String rotatingCode(long activityId, Instant at) {
        return codeOfSlice(activityId, slice(at));
    }

    /** The code of the slice {@code at} falls in, or of the slice before. */
    boolean rotatingCodeMatches(long activityId, String code, Instant at) {
        if (code == null) {
            return false;
        }
        long now = slice(at);
        return same(code, codeOfSlice(activityId, now)) || same(code, codeOfSlice(activityId, now - 1));
    }

    String miniProgramKey(long activityId) {
        return HexFormat.of().formatHex(hmac("wxacode:" + activityId), 0, 4);
    }

    boolean miniProgramKeyMatches(long activityId, String key) {
        return key != null && same(key, miniProgramKey(activityId));
    }

    private String codeOfSlice(long activityId, long slice) {
        byte[] mac = hmac("rotating:" + activityId + ":" + slice);
        // RFC 4226's dynamic truncation, as authenticator apps do it.
        int offset = mac[mac.length - 1] & 0x0f;
        int binary = ((mac[offset] & 0x7f) << 24) | ((mac[offset + 1] & 0xff) << 16) | ((mac[offset + 2] & 0xff) << 8)
                | (mac[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
