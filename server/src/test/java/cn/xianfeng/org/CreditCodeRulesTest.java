package cn.xianfeng.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** 统一社会信用代码: the check character, the alphabet and the length, without a server. */
class CreditCodeRulesTest {

    /** Published codes: the first is the standard's own example. */
    private static final String[] VALID = {"91350100M000100Y43", "91440300708461136T"};

    @Test
    void publishedCodesAreValid() {
        for (String code : VALID) {
            assertThat(CreditCodes.isValid(code)).as(code).isTrue();
        }
    }

    @Test
    void aCodeIsReadTrimmedAndInAnyCase() {
        assertThat(CreditCodes.isValid("  91350100m000100y43 ")).isTrue();
        assertThat(CreditCodes.normalize("  91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCodes.normalize("   ")).isNull();
        assertThat(CreditCodes.normalize(null)).isNull();
    }

    @Test
    void everyOtherCheckCharacterIsRefused() {
        String body = VALID[0].substring(0, 17);
        for (char check : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
            assertThat(CreditCodes.isValid(body + check)).as("check character %s", check)
                    .isEqualTo(check == VALID[0].charAt(17));
        }
    }

    @Test
    void aChangedCharacterIsCaught() {
        String code = VALID[0];
        assertThat(CreditCodes.isValid("8" + code.substring(1))).isFalse();
        assertThat(CreditCodes.isValid(code.substring(0, 9) + "N" + code.substring(10))).isFalse();
    }

    /** I, O, S, V and Z are not in the alphabet, wherever they stand. */
    @Test
    void lettersOutsideTheAlphabetAreRefused() {
        for (char letter : "IOSVZ".toCharArray()) {
            assertThat(CreditCodes.isValid(VALID[0].substring(0, 8) + letter + VALID[0].substring(9)))
                    .as("%s in the body", letter).isFalse();
            assertThat(CreditCodes.isValid(VALID[0].substring(0, 17) + letter)).as("%s as the check", letter)
                    .isFalse();
        }
    }

    @Test
    void onlyEighteenCharactersAreACode() {
        assertThat(CreditCodes.isValid(VALID[0].substring(0, 17))).isFalse();
        assertThat(CreditCodes.isValid(VALID[0] + "0")).isFalse();
        assertThat(CreditCodes.isValid("")).isFalse();
        assertThat(CreditCodes.isValid(null)).isFalse();
    }
}
