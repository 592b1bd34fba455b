package cn.xianfeng.wechat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xianfeng.shared.web.RateLimitedException;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WeChat's failure codes, served by WireMock in WeChat's wire format (HTTP 200 with an errcode body), driven through
 * the real adapter and the real login endpoint; and what the server's log says about them.
 */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class WeChatErrorCodesApiTest extends ApiTestBase {

    private static final String OPENID = "oWireMockUser0000000000000042";

    static final WireMockServer weChat = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    static {
        weChat.start();
    }

    @DynamicPropertySource
    static void pointWeChatAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("xf.wechat.api-host", weChat::baseUrl);
        // A separate app id keeps this class's access token apart from the simulator's in the shared Redis.
        registry.add("xf.wechat.app-id", () -> "wx-wiremock-" + System.nanoTime());
    }

    @AfterAll
    static void stop() {
        weChat.stop();
    }

    @Autowired
    WeChat adapter;

    @BeforeEach
    void setUp() {
        weChat.resetAll();
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"WM_TOKEN\",\"expires_in\":7200}")));
    }

    private void code2SessionAnswers(String body) {
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).willReturn(okJson(body)));
    }

    private Reply login(String code) {
        return api.post("/api/mp/auth/login", Map.of("code", code), null);
    }

    @Test
    void invalidCodeIs401() {
        code2SessionAnswers("{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 1\"}");

        Reply reply = login("wrong");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("WX_CODE_INVALID");
        assertThat(reply.body()).doesNotContain("invalid code", "rid");
    }

    @Test
    void reusedCodeIs401() {
        code2SessionAnswers("{\"errcode\":40163,\"errmsg\":\"code been used, rid: 2\"}");

        Reply reply = login("used-once");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("WX_CODE_INVALID");
    }

    @Test
    void minuteQuotaIs429WithRetryAfter() {
        code2SessionAnswers("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit  mustslower  retry next minute\"}");

        Reply reply = login("too-fast");

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo("WX_RATE_LIMITED");
        assertThat(reply.retryAfter()).isEqualTo("60");
    }

    @Test
    void systemBusyIsRetriedThen503() {
        code2SessionAnswers("{\"errcode\":-1,\"errmsg\":\"system error\"}");

        Reply reply = login("busy");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.code()).isEqualTo("WX_UNAVAILABLE");
        // Which API failed, and WeChat's own words, stay in the log: the client learns only that WeChat is busy.
        assertThat(reply.json().toString()).doesNotContain("errcode", "code2session", "jscode2session",
                "system error");
        // max-retry-times is 2 in the test profile: the first try and two retries.
        weChat.verify(3, getRequestedFor(urlPathEqualTo("/sns/jscode2session")));
    }

    @Test
    void expiredAccessTokenIsRefreshedAndTheLoginSucceeds() {
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).inScenario("token")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid\"}"))
                .willSetStateTo("refreshed"));
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session")).inScenario("token")
                .whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"openid\":\"oWireMockUser0000000000000001\",\"session_key\":\"c2Vzc2lvbg==\"}")));

        Reply reply = login("fresh");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("token").asString()).isNotBlank();
        weChat.verify(2, getRequestedFor(urlPathEqualTo("/sns/jscode2session")));
        weChat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))
                .withRequestBody(matching(".*client_credential.*")));
    }

    @Test
    void anHttpFailureOfWeChatIs503WithoutItsText() {
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")));

        Reply reply = login("gateway");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.code()).isEqualTo("WX_UNAVAILABLE");
        assertThat(reply.body()).doesNotContain("Bad Gateway", "html");
    }

    @Test
    void subscribeMessageWithoutQuotaIsNoQuota() {
        subscribeSendAnswers("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");

        assertThatThrownBy(() -> sendSubscribeMessage())
                .isInstanceOf(WeChatNoQuotaException.class)
                .extracting(e -> ((WeChatNoQuotaException) e).code()).isEqualTo("WX_NO_SUBSCRIPTION_QUOTA");
    }

    @Test
    void subscribeMessageOverWeChatsQuotaIsRateLimited() {
        subscribeSendAnswers("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");

        assertThatThrownBy(() -> sendSubscribeMessage()).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void subscribeMessageWhileWeChatIsBusyIsUnavailableAndRetryable() {
        subscribeSendAnswers("{\"errcode\":-1,\"errmsg\":\"system error\"}");

        assertThatThrownBy(() -> sendSubscribeMessage())
                .isInstanceOfSatisfying(WeChatUnavailableException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void subscribeMessageIsSentInWeChatsFormat() {
        subscribeSendAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}");

        sendSubscribeMessage();

        weChat.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withQueryParam("access_token", matching("WM_TOKEN"))
                .withRequestBody(matching(".*\"touser\":\"" + OPENID + "\".*"))
                .withRequestBody(matching(".*\"template_id\":\"tpl-briefing\".*"))
                .withRequestBody(matching(".*\"thing1\":\\{\"value\":\"新政策解读\"}.*")));
    }

    @Test
    void msgSecCheckRefusingTheOpenidIsNotRetryable() {
        weChat.stubFor(post(urlPathEqualTo("/wxa/msg_sec_check"))
                .willReturn(okJson("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}")));

        assertThatThrownBy(() -> adapter.checkText(OPENID, "你好"))
                .isInstanceOfSatisfying(WeChatUnavailableException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.errcode()).isEqualTo(40003);
                });
    }

    @Test
    void weChatErrorsLeaveOneLineEachWithoutTokenOpenidOrText(CapturedOutput output) {
        code2SessionAnswers("{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 1\"}");
        Reply invalidCode = login("bad-x");
        code2SessionAnswers("{\"errcode\":45011,\"errmsg\":\"api minute-quota reach limit\"}");
        Reply rateLimited = login("too-fast");
        weChat.stubFor(post(urlPathEqualTo("/wxa/msg_sec_check"))
                .willReturn(okJson("{\"errcode\":-1,\"errmsg\":\"system error\"}")));
        subscribeSendAnswers("{\"errcode\":-1,\"errmsg\":\"system error\"}");
        MDC.put("requestId", "job-round-0001");
        try {
            assertThatThrownBy(() -> adapter.checkText(OPENID, "周五交材料的秘密文本"))
                    .isInstanceOf(WeChatUnavailableException.class);
            assertThatThrownBy(() -> sendSubscribeMessage()).isInstanceOf(WeChatUnavailableException.class);
        } finally {
            MDC.remove("requestId");
        }

        String log = output.getAll();
        assertThat(invalidCode.status()).isEqualTo(401);
        assertThat(rateLimited.status()).isEqualTo(429);
        // The adapter's own lines are there, with the request id: the capture sees this server's log.
        assertThat(log).containsPattern("\\[" + invalidCode.requestId() + "].*WeChat code2session failed: errcode 40029")
                .containsPattern("\\[" + rateLimited.requestId() + "].*WeChat code2session failed: errcode 45011")
                .containsPattern("\\[job-round-0001].*WeChat msg_sec_check failed: errcode -1")
                .containsPattern("\\[job-round-0001].*WeChat subscribe_send failed: errcode -1");
        // WxJava's own lines, with the token in the URL and the request body, are not.
        assertThat(log).doesNotContain("access_token=", "WM_TOKEN", "session_key", OPENID, "周五交材料的秘密文本",
                "新政策解读", "bad-x", "【请求地址】");
    }

    private void subscribeSendAnswers(String body) {
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).willReturn(okJson(body)));
    }

    private void sendSubscribeMessage() {
        adapter.sendSubscribeMessage(OPENID, "tpl-briefing", "pages/briefing/index",
                Map.of("thing1", "新政策解读"));
    }
}
