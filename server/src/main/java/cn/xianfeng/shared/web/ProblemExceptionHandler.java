package cn.xianfeng.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every exception that reaches the web layer into a problem detail: our own {@link ApiException}s, Spring
 * MVC's own failures (404, 405, 415, malformed JSON, validation) and, last, anything unexpected — logged with its
 * stack trace here and answered with a bare 500 that carries no library text.
 */
@RestControllerAdvice
class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private final Problems problems;

    ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> handleApi(ApiException ex, HttpServletRequest request) {
        if (ex.status().is5xxServerError()) {
            log.warn("{} {}: {}", ex.status().value(), ex.code(), ex.getMessage(), ex.getCause());
        }
        ResponseEntity<ProblemDetail> response = problems.response(ex.status(), ex.code(), ex.getMessage(), request);
        ex.properties().forEach(response.getBody()::setProperty);
        if (ex instanceof RateLimitedException limited && limited.retryAfter() != null) {
            return ResponseEntity.status(response.getStatusCode())
                    .headers(response.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, limited.retryAfter().toSeconds())))
                    .body(response.getBody());
        }
        return response;
    }

    /**
     * A query parameter of the wrong type ({@code ?page=abc}) is the same kind of mistake as one out of range, so it
     * gets the same answer: 422 {@code VALIDATION_FAILED} naming the parameter, in Chinese. A path that cannot name
     * a resource ({@code /units/abc}) names none: 404.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, NativeWebRequest request) {
        if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.build(HttpStatus.NOT_FOUND, "NOT_FOUND", null, servletRequest(request)));
        }
        return validationProblem(Map.of(ex.getName(), InputMessages.typeMismatch(ex.getRequiredType())), request);
    }

    /**
     * A body that is JSON but holds a value of the wrong type for a field ({@code "roles": ["KING"]},
     * {@code "userId": "abc"}) is a validation problem on that field; a body that is not JSON at all stays 400.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return validationProblem(Map.of(InputMessages.path(mismatch.getPath()),
                    InputMessages.typeMismatch(mismatch.getTargetType())), request);
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    /** Constraints on query parameters of a class-level {@code @Validated} controller. */
    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(jakarta.validation.ConstraintViolationException ex,
                                                     NativeWebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getConstraintViolations().forEach(violation -> {
            String path = violation.getPropertyPath().toString();
            errors.putIfAbsent(path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path,
                    violation.getMessage());
        });
        return validationProblem(errors, request);
    }

    /**
     * The database gave up on this request's transaction to let another go on (a deadlock's loser, a lock waited for
     * too long): nothing of it was kept, and the same request sent again is expected to succeed. Every write the
     * clients retry is idempotent (client ids, states that answer what they already reached), so they are told to.
     */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleLockLost(PessimisticLockingFailureException ex, HttpServletRequest request) {
        log.warn("{} {}: the database gave up on the transaction ({}); the client is told to retry",
                request.getMethod(), request.getRequestURI(), ex.getClass().getSimpleName());
        ResponseEntity<ProblemDetail> response = problems.response(HttpStatus.SERVICE_UNAVAILABLE, "TRY_AGAIN",
                "同时处理的请求太多，本次未生效，请重试", request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "1").body(response.getBody());
    }

    /**
     * Every download thread is busy and their queue is full ({@link DownloadThreads}): nothing was started, and the
     * same export asked again in a little while will be.
     */
    @ExceptionHandler(TaskRejectedException.class)
    ResponseEntity<ProblemDetail> handleDownloadsFull(TaskRejectedException ex,
                                                      HttpServletRequest request) {
        log.warn("{} {}: every download thread is busy; the client is told to retry", request.getMethod(),
                request.getRequestURI());
        ResponseEntity<ProblemDetail> response = problems.response(HttpStatus.SERVICE_UNAVAILABLE, "TRY_AGAIN",
                "导出任务较多，请稍后重试", request);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "10").body(response.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unhandled error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", null, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(Map.of(ex.getParameterName(), "不能为空"), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        collect(ex.getBindingResult(), ex.getBindingResult().getTarget(), errors);
        return validationProblem(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors bound) {
                // A bound object (PageQuery, a request body): its own fields are what a form can place.
                collect(bound, bound.getArgument(), errors);
                return;
            }
            String name = result.getMethodParameter().getParameterName();
            List<MessageSourceResolvable> resolvables = result.getResolvableErrors();
            if (!resolvables.isEmpty()) {
                errors.putIfAbsent(name != null ? name : "parameter", resolvables.get(0).getDefaultMessage());
            }
        });
        return validationProblem(errors, request);
    }

    /**
     * Field errors by field; a value that could not even be converted gets our own Chinese message instead of
     * Spring's "Failed to convert…"; a rule checked by an {@code @AssertTrue} method is reported on the field its
     * {@link ReportedOn} names, so it never appears under a name the client did not send.
     */
    private static void collect(Errors bound, Object target, Map<String, String> errors) {
        for (FieldError error : bound.getFieldErrors()) {
            String field = InputMessages.reportedField(target, error.getField());
            String message = error.isBindingFailure()
                    ? InputMessages.typeMismatch(bound.getFieldType(error.getField()))
                    : error.getDefaultMessage();
            errors.putIfAbsent(field, message);
        }
        bound.getGlobalErrors().forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
    }

    private ResponseEntity<Object> validationProblem(Map<String, String> errors, WebRequest request) {
        String detail = errors.isEmpty() ? null : String.join("；", errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList());
        ProblemDetail problem = problems.build(HttpStatus.UNPROCESSABLE_CONTENT, "VALIDATION_FAILED", detail,
                servletRequest(request));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Every other Spring MVC failure: keep the status Spring chose, replace the body with ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String code = codeFor(ex, status);
        if (status.is5xxServerError()) {
            log.error("Spring MVC failure", ex);
        }
        HttpHeaders kept = new HttpHeaders();
        if (headers != null && headers.getAllow() != null && !headers.getAllow().isEmpty()) {
            kept.setAllow(headers.getAllow());
        }
        if (headers != null && headers.getAccept() != null && !headers.getAccept().isEmpty()) {
            kept.setAccept(headers.getAccept());
        }
        ProblemDetail problem = problems.build(status, code, detailFor(code), servletRequest(request));
        return ResponseEntity.status(status).headers(kept)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String codeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return "NOT_FOUND";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return "METHOD_NOT_ALLOWED";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "UNSUPPORTED_MEDIA_TYPE";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "NOT_ACCEPTABLE";
        }
        if (ex instanceof HttpMessageNotReadableException) {
            return "MALFORMED_REQUEST";
        }
        if (ex instanceof MissingRequestHeaderException) {
            return "BAD_REQUEST";
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            // The servlet's multipart limit (spring.servlet.multipart, media's upload size), said as media says it.
            return "FILE_TOO_LARGE";
        }
        return HttpStatusCodes.codeFor(status);
    }

    private String detailFor(String code) {
        return problems.title(code);
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    }
}
