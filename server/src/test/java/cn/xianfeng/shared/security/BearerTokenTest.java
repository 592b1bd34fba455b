package cn.xianfeng.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One reading of the Authorization header for the HTTP API and the chat socket. */
class BearerTokenTest {

    @Test
    void theTokenAfterTheSchemeInAnyCaseWithoutSurroundingSpaces() {
        assertThat(BearerToken.from("Bearer abc.def")).contains("abc.def");
        assertThat(BearerToken.from("bearer   abc.def  ")).contains("abc.def");
        assertThat(BearerToken.from("BEARER abc")).contains("abc");
    }

    @Test
    void noHeaderAnotherSchemeOrAnEmptyTokenIsNoToken() {
        assertThat(BearerToken.from(null)).isEmpty();
        assertThat(BearerToken.from("")).isEmpty();
        assertThat(BearerToken.from("Basic YWRtaW46cHc=")).isEmpty();
        assertThat(BearerToken.from("Bearer")).isEmpty();
        assertThat(BearerToken.from("Bearer    ")).isEmpty();
        assertThat(BearerToken.from("Bearerabc")).isEmpty();
    }
}
