package cn.xianfeng.org;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z), the last being a
 * check character computed from the first 17 with fixed weights, modulo 31.
 */
public final class CreditCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** Upper-cased and trimmed; null for blank input. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isValid(String code) {
        String normalized = normalize(code);
        if (normalized == null || normalized.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(normalized.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return normalized.charAt(17) == ALPHABET.charAt(check);
    }
}
