package cn.xianfeng.push;

import cn.xianfeng.shared.web.ApiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fits values to WeChat's rules for template data, by the kind the key's prefix names ({@code thing1} is a
 * {@code thing}): too long is cut (with "…" where the kind allows symbols), times and dates are written as WeChat
 * shows them, characters a kind does not allow are dropped. A value that is empty after fitting becomes a placeholder
 * where the kind has one, because WeChat refuses an empty value (47003) and the message is worth more than the field.
 */
final class PushValues {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    private PushValues() {
    }

    /** The template's data: each key of {@code fields} with the fitted value its logical name points at. */
    static Map<String, String> data(Map<String, String> fields, Map<String, String> values) {
        Map<String, String> data = new LinkedHashMap<>();
        fields.forEach((key, name) -> {
            String fitted = fit(key, values.get(name));
            if (fitted != null) {
                data.put(key, fitted);
            }
        });
        return data;
    }

    /** The value fitted to its key's kind, or null when nothing usable is left and the kind has no placeholder. */
    static String fit(String key, String value) {
        String kind = key.replaceAll("\\d+$", "");
        String v = value == null ? "" : value.strip().replaceAll("\\s+", " ");
        String fitted = switch (kind) {
            case "thing" -> cut(v, 20, true);
            case "name" -> v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? cut(v, 10, false) : cut(v, 20, false);
            case "phrase" -> cut(keep(v, "\\p{IsHan}"), 5, false);
            case "character_string" -> cut(keep(v, "[\\x21-\\x7E]"), 32, false);
            case "number" -> cut(keep(v, "[0-9.]"), 32, false);
            case "letter" -> cut(keep(v, "[A-Za-z]"), 32, false);
            case "symbol" -> cut(keep(v, "[^0-9A-Za-z\\p{IsHan}\\s]"), 5, false);
            case "time" -> when(v, true);
            case "date" -> when(v, false);
            case "phone_number" -> cut(keep(v, "[0-9+\\-() ]"), 17, false);
            case "car_number" -> cut(v, 8, false);
            default -> cut(v, 20, false);
        };
        if (fitted == null || fitted.isEmpty()) {
            return switch (kind) {
                case "thing", "phrase", "name" -> "无";
                default -> null;
            };
        }
        return fitted;
    }

    private static String keep(String v, String allowed) {
        StringBuilder kept = new StringBuilder();
        v.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            if (s.matches(allowed)) {
                kept.append(s);
            }
        });
        return kept.toString();
    }

    /** At most {@code max} characters (code points); with {@code ellipsis}, a cut text ends in "…". */
    private static String cut(String v, int max, boolean ellipsis) {
        if (v.codePointCount(0, v.length()) <= max) {
            return v;
        }
        int end = v.offsetByCodePoints(0, ellipsis ? max - 1 : max);
        return v.substring(0, end) + (ellipsis ? "…" : "");
    }

    /**
     * An ISO instant, offset date-time, local date-time or date written as WeChat shows it (in Asia/Shanghai); a text
     * that is none of these is kept as given when it already holds what the kind needs.
     */
    private static String when(String v, boolean time) {
        if (v.isEmpty()) {
            return null;
        }
        LocalDateTime at = parse(v);
        if (at != null) {
            return time ? TIME.format(at) : DATE.format(at);
        }
        try {
            LocalDate day = LocalDate.parse(v);
            return time ? TIME.format(day.atStartOfDay()) : DATE.format(day);
        } catch (DateTimeParseException e) {
            // not a date either
        }
        boolean usable = time ? v.matches(".*\\d{1,2}:\\d{2}.*") : v.matches(".*\\d.*");
        return usable ? cut(v, 40, false) : null;
    }

    private static LocalDateTime parse(String v) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, OffsetDateTime::from,
                    LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt
                    ? odt.atZoneSameInstant(ApiTime.DISPLAY_ZONE).toLocalDateTime() : (LocalDateTime) parsed;
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(v).atZone(ApiTime.DISPLAY_ZONE).toLocalDateTime();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
