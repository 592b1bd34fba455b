package cn.xianfeng.org;

import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/** Units straight into the table, as an approval would have created them, with valid random credit codes. */
final class UnitFixtures {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final JdbcTemplate jdbc;

    UnitFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unified social credit code nobody else has yet, with the right check character. */
    static String newCreditCode() {
        StringBuilder code = new StringBuilder("91");
        for (int i = 0; i < 15; i++) {
            code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        for (char check : ALPHABET.toCharArray()) {
            if (CreditCodes.isValid(code.toString() + check)) {
                return code.toString() + check;
            }
        }
        throw new IllegalStateException("no check character fits " + code);
    }

    long insert(String name, UnitType type, String creditCode) {
        jdbc.update("INSERT INTO unit (name, type, party_org_name, credit_code, address, contact_name, contact_phone) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", name, type.name(), name + "党委", creditCode, "福州市鼓楼区",
                "王联络", "0591-8888 0000");
        return jdbc.queryForObject("SELECT MAX(id) FROM unit WHERE name = ?", Long.class, name);
    }

    String creditCodeOf(long id) {
        return jdbc.queryForObject("SELECT credit_code FROM unit WHERE id = ?", String.class, id);
    }

    Long mergedIntoOf(long id) {
        return jdbc.queryForObject("SELECT merged_into_id FROM unit WHERE id = ?", Long.class, id);
    }
}
