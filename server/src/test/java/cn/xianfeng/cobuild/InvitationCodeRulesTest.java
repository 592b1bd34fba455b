package cn.xianfeng.cobuild;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a member may type or scan as an invitation code, and what it is read as. */
class InvitationCodeRulesTest {

    @Test
    void spacesAndDashesAreDroppedAndLettersUpperCased() {
        assertThat(MembershipService.normalizeCode("abcd-2345")).isEqualTo("ABCD2345");
        assertThat(MembershipService.normalizeCode(" AB CD 23 45 ")).isEqualTo("ABCD2345");
        assertThat(MembershipService.normalizeCode("ab\tcd\n2345")).isEqualTo("ABCD2345");
    }

    /** A scanned mini-program code carries the invitation as {@code inv=CODE}. */
    @Test
    void theSceneOfAScannedCodeIsReadAsTheCode() {
        assertThat(MembershipService.normalizeCode("inv=abcd2345")).isEqualTo("ABCD2345");
        assertThat(MembershipService.normalizeCode("INV=ABCD-2345")).isEqualTo("ABCD2345");
    }

    @Test
    void onlyEightCharactersAreACode() {
        assertThat(MembershipService.normalizeCode("ABCD234")).isNull();
        assertThat(MembershipService.normalizeCode("ABCD23456")).isNull();
        assertThat(MembershipService.normalizeCode("inv=")).isNull();
        assertThat(MembershipService.normalizeCode("")).isNull();
        assertThat(MembershipService.normalizeCode(null)).isNull();
    }

    @Test
    void generatedCodesUseAnAlphabetWithoutLookAlikes() {
        assertThat(MembershipService.CODE_LENGTH).isEqualTo(8);
        for (char c : "01IO".toCharArray()) {
            assertThat(MembershipService.CODE_ALPHABET).as("%s", c).doesNotContain(String.valueOf(c));
        }
    }
}
