package cn.xianfeng.shared.persistence;

/**
 * Text a user searches for, made safe for {@code LIKE '%…%'}: MyBatis-Plus's {@code like()} wraps the value in
 * wildcards but passes {@code %} and {@code _} inside it through, so a search for "%" would match every row.
 * Backslash is the default LIKE escape character on both MySQL and MariaDB.
 */
public final class LikeText {

    private LikeText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '%' || c == '_') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
