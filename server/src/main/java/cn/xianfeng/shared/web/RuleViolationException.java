package cn.xianfeng.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * 422 for a business rule that a request breaks as a whole (not one field's format), with a stable code of its own
 * and, where it helps the form, the fields at fault.
 */
public class RuleViolationException extends ApiException {

    private final Map<String, String> errors;

    public RuleViolationException(String code, String detail, Map<String, String> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
        this.errors = new LinkedHashMap<>(errors);
    }

    @Override
    public Map<String, Object> properties() {
        return errors.isEmpty() ? Map.of() : Map.of("errors", errors);
    }
}
