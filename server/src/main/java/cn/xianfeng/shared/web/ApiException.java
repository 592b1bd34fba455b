package cn.xianfeng.shared.web;

import org.springframework.http.HttpStatus;

/**
 * A business error with a stable {@code code}. Each feature declares one subclass per error; the Chinese title
 * comes from {@code messages/problems.properties} under the same code, and the message is the detail shown to the
 * client, so it must never carry a library's text.
 */
public abstract class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    protected ApiException(HttpStatus status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    protected ApiException(HttpStatus status, String code, String detail, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra members of the problem detail, such as the {@code errors} map of a rule that names fields. */
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of();
    }
}
