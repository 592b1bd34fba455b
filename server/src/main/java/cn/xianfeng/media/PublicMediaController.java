package cn.xianfeng.media;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves media through signed links, with no token: an {@code <image>} cannot send one. The signature is the
 * permission — whoever could obtain the link (from a view that checked who may see the record) may fetch it until it
 * expires. Hidden (risky) and deleted media are 404 at once, whatever the link.
 * <p>
 * Bytes stream from the store to the client; {@code ETag} is the content's SHA-256 (the same bytes for ever),
 * {@code Cache-Control} is private and lasts as long as the link, and {@code Range} works for PDFs (and images).
 */
@RestController
class PublicMediaController {

    private final MediaServing serving;

    PublicMediaController(MediaServing serving) {
        this.serving = serving;
    }

    @GetMapping("/api/media/{id}/{variant}")
    void serve(@PathVariable long id, @PathVariable String variant,
               @RequestParam(name = "exp", required = false) String exp,
               @RequestParam(name = "sig", required = false) String sig,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        MediaServing.Served served = serving.open(id, variant, exp, sig, request.getHeader(HttpHeaders.RANGE),
                request.getHeader(HttpHeaders.IF_NONE_MATCH));
        response.setHeader(HttpHeaders.ETAG, served.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=" + served.maxAgeSeconds());
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A PDF opened from here runs no script and reaches nothing.
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; sandbox");
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setStatus(served.status());
        if (served.body() == null) {
            return;
        }
        response.setContentType(served.contentType());
        if (served.length() >= 0) {
            response.setContentLengthLong(served.length());
        }
        if (served.contentRange() != null) {
            response.setHeader(HttpHeaders.CONTENT_RANGE, served.contentRange());
        }
        try (InputStream in = served.body(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
