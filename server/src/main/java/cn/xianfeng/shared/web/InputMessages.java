package cn.xianfeng.shared.web;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/** The Chinese words for input a client got wrong, in the shape every validation problem uses. */
final class InputMessages {

    private InputMessages() {
    }

    /** What a value of this type must look like; used when a parameter could not be converted at all. */
    static String typeMismatch(Class<?> type) {
        if (type == null) {
            return "格式不正确";
        }
        if (type.isEnum()) {
            return "应为以下之一：" + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining("、"));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "应为整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type == LocalDate.class) {
            return "应为日期，如 2026-03-01";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "应为带时区的时间，如 2026-03-01T09:00:00+08:00";
        }
        return "格式不正确";
    }

    /** A JSON path as a form names it: {@code partners[0].creditCode}. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The field a {@link ReportedOn} rule method names, or the field as Bean Validation reported it. */
    static String reportedField(Object target, String field) {
        if (target == null || field == null || field.isEmpty() || field.contains(".") || field.contains("[")) {
            return field;
        }
        String getter = "is" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (Method method : target.getClass().getDeclaredMethods()) {
            ReportedOn reportedOn = method.getAnnotation(ReportedOn.class);
            if (reportedOn != null && method.getName().equals(getter)) {
                return reportedOn.value();
            }
        }
        return field;
    }
}
