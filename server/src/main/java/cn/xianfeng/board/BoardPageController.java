package cn.xianfeng.board;

import cn.xianfeng.shared.web.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What the plaque leads to: the board as a web page anyone's phone can open, and the printable QR code that points
 * at it. Outside {@code /api}: people, not programs, read these. An unknown board and too many requests are answered
 * as pages too.
 */
@Controller
class BoardPageController {

    static final CacheControl QR_CACHING = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final BoardService boards;
    private final BoardRequests requests;
    private final BoardProperties properties;

    BoardPageController(BoardService boards, BoardRequests requests, BoardProperties properties) {
        this.boards = boards;
        this.requests = requests;
        this.properties = properties;
    }

    @GetMapping("/board/{publicId}")
    ResponseEntity<byte[]> page(@PathVariable String publicId, HttpServletRequest request) {
        requests.admit(request.getRemoteAddr());
        return BoardResponses.cached(BoardPage.render(boards.board(publicId)), BoardResponses.HTML);
    }

    /** A square PNG of {@code size} pixels (200 to 1200) encoding the page's address, for printing. */
    @GetMapping("/board/{publicId}/qr.png")
    ResponseEntity<byte[]> qrCode(@PathVariable String publicId, @RequestParam(defaultValue = "600") int size,
                                  HttpServletRequest request) {
        requests.admit(request.getRemoteAddr());
        if (size < BoardQrCode.MIN_SIZE || size > BoardQrCode.MAX_SIZE) {
            throw new RuleViolationException("VALIDATION_FAILED", "二维码尺寸应在 200 到 1200 像素之间",
                    Map.of("size", "应在 200 到 1200 之间"));
        }
        String id = boards.cobuilding(publicId).publicId();
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(QR_CACHING)
                .body(BoardQrCode.png(properties.pageUrl(id), size));
    }

    @ExceptionHandler(BoardExceptions.NotFound.class)
    ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(BoardResponses.HTML)
                .cacheControl(CacheControl.noCache()).body(BoardPage.notFound());
    }

    @ExceptionHandler(BoardExceptions.RateLimited.class)
    ResponseEntity<byte[]> rateLimited(BoardExceptions.RateLimited limited) {
        long seconds = Math.max(1, limited.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(BoardResponses.HTML)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).cacheControl(CacheControl.noStore())
                .body(BoardPage.rateLimited(seconds));
    }
}
