package cn.xianfeng.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds every error body of the API: RFC 9457 problem details with a stable {@code code}, a Chinese
 * {@code title} looked up by that code, a {@code detail} and the {@code requestId}.
 */
@Component
public class Problems {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private final MessageSource messages;

    Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail build(HttpStatusCode status, String code, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(code));
        problem.setDetail(detail != null ? detail : problem.getTitle());
        problem.setProperty("code", code);
        if (request != null) {
            problem.setProperty("requestId", RequestIdFilter.of(request));
        }
        return problem;
    }

    public ResponseEntity<ProblemDetail> response(HttpStatusCode status, String code, String detail,
                                                  HttpServletRequest request) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(build(status, code, detail, request));
    }

    public String title(String code) {
        return messages.getMessage("problem." + code, null, code, CHINESE);
    }
}
