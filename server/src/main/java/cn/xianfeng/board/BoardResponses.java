package cn.xianfeng.board;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How board bodies leave: with a strong ETag over the exact bytes sent and a minute of public caching. Spring
 * answers a matching {@code If-None-Match} with 304 and no body. The media links inside a board move in steps of
 * hours, so a board that did not change keeps its ETag that long.
 */
final class BoardResponses {

    static final CacheControl BOARD_CACHING = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private BoardResponses() {
    }

    static ResponseEntity<byte[]> cached(byte[] body, MediaType type) {
        return ResponseEntity.ok().contentType(type).cacheControl(BOARD_CACHING).eTag(etag(body)).body(body);
    }

    /** A quoted (strong) entity tag: the first 128 bits of the body's SHA-256. */
    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
