package cn.xianfeng.wechat.simulator;

import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * WeChat's value rules for subscribe-message template data, by key prefix ({@code thing1} is a {@code thing}), so
 * a message that WeChat would reject with 47003 is rejected here too, before it reaches a real user.
 */
class SubscribeDataRules {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}+");
    private static final Map<String, Predicate<String>> RULES = Map.ofEntries(
            Map.entry("thing", v -> v.codePointCount(0, v.length()) <= 20),
            Map.entry("number", v -> v.length() <= 32 && v.matches("[0-9.]+")),
            Map.entry("letter", v -> v.length() <= 32 && v.matches("[A-Za-z]+")),
            Map.entry("symbol", v -> v.length() <= 5 && v.matches("[^0-9A-Za-z\\p{IsHan}\\s]+")),
            Map.entry("character_string", v -> v.length() <= 32 && v.matches("[\\x21-\\x7E]+")),
            Map.entry("time", v -> v.length() <= 40 && v.matches(".*\\d{1,2}:\\d{2}.*")),
            Map.entry("date", v -> v.length() <= 40 && v.matches(".*\\d.*")),
            Map.entry("amount", v -> v.matches("[¥$€£]?\\d{1,10}(\\.\\d+)?元?")),
            Map.entry("phone_number", v -> v.length() <= 17 && v.matches("[0-9+\\-() ]+")),
            Map.entry("car_number", v -> v.codePointCount(0, v.length()) <= 8),
            Map.entry("name", v -> CHINESE.matcher(v).find()
                    ? v.codePointCount(0, v.length()) <= 10 : v.length() <= 20),
            Map.entry("phrase", v -> v.codePointCount(0, v.length()) <= 5 && CHINESE.matcher(v).matches()));

    /** The errmsg WeChat would give for the first bad value, or null when every value is acceptable. */
    String firstProblem(JsonNode data) {
        if (data == null || !data.isObject()) {
            return null;
        }
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            String key = field.getKey();
            String value = field.getValue().path("value").asString("");
            if (value.isEmpty()) {
                return "argument invalid! data." + key + ".value is empty";
            }
            Predicate<String> rule = RULES.get(key.replaceAll("\\d+$", ""));
            if (rule == null || !rule.test(value)) {
                return "argument invalid! data." + key + ".value invalid";
            }
        }
        return null;
    }
}
