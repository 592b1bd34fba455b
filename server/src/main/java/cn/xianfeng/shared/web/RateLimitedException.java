package cn.xianfeng.shared.web;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** 429 with a Retry-After the client can honour. */
public class RateLimitedException extends ApiException {

    private final Duration retryAfter;

    public RateLimitedException(String code, String detail, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
