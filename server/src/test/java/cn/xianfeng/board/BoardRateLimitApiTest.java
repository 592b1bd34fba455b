package cn.xianfeng.board;

import static cn.xianfeng.board.BoardHttp.someClientAddress;
import static cn.xianfeng.board.BoardHttp.viaProxy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.board.BoardHttp.Raw;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limit per client address on the public board, with a small limit of its own (other test classes raise it:
 * they all read from 127.0.0.1). Requests come through the proxy the test profile trusts, each test from a fresh
 * address, so earlier runs and other tests do not count.
 */
@ApiTest
@TestPropertySource(properties = "xf.board.requests-per-minute=4")
class BoardRateLimitApiTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAA";

    @Test
    void anAddressGetsItsRequestsPerMinuteAcrossEveryBoardPathThen429WithRetryAfter() throws Exception {
        String address = someClientAddress();
        assertThat(viaProxy(port, "/api/public/boards/" + UNKNOWN, address).status()).isEqualTo(404);
        assertThat(viaProxy(port, "/board/" + UNKNOWN, address).status()).isEqualTo(404);
        assertThat(viaProxy(port, "/board/" + UNKNOWN + "/qr.png", address).status()).isEqualTo(404);
        assertThat(viaProxy(port, "/api/public/boards/" + UNKNOWN, address).status()).isEqualTo(404);

        Raw json = viaProxy(port, "/api/public/boards/" + UNKNOWN, address);
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(json.body()).path("code").asString()).isEqualTo("BOARD_RATE_LIMITED");
        assertThat(Integer.parseInt(json.header("Retry-After"))).isBetween(1, 60);

        Raw page = viaProxy(port, "/board/" + UNKNOWN, address);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(page.body()).contains("访问过于频繁");
        assertThat(Integer.parseInt(page.header("Retry-After"))).isBetween(1, 60);

        Raw qr = viaProxy(port, "/board/" + UNKNOWN + "/qr.png", address);
        assertThat(qr.status()).isEqualTo(429);
        assertThat(qr.header("Retry-After")).isNotNull();

        // Another address is not held back by this one.
        assertThat(viaProxy(port, "/api/public/boards/" + UNKNOWN, someClientAddress()).status()).isEqualTo(404);
    }

    @Test
    void aRealBoardIsLimitedLikeAnUnknownOne() throws Exception {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        String publicId = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("publicId").asString();
        String address = someClientAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(viaProxy(port, "/board/" + publicId + "/qr.png", address).status()).isEqualTo(200);
        }
        Raw limited = viaProxy(port, "/board/" + publicId, address);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
    }
}
