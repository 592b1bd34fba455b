package cn.xianfeng.media;

import static cn.xianfeng.support.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * media_check_async's error codes, served by WireMock in WeChat's wire format, through the real adapter and the
 * submission after upload: what is tried again later, what ends unchecked, and what the log keeps out.
 */
@ApiTest
@Import(MediaTestSupport.Config.class)
@ExtendWith(OutputCaptureExtension.class)
class MediaCheckErrorCodesApiTest extends ApiTestBase {

    private static final String OPENID = "oWireMockMedia00000000000042";

    static final WireMockServer weChat = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    static {
        weChat.start();
    }

    @DynamicPropertySource
    static void pointWeChatAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("xf.wechat.api-host", weChat::baseUrl);
        registry.add("xf.wechat.app-id", () -> "wx-wiremock-media-" + System.nanoTime());
    }

    @AfterAll
    static void stop() {
        weChat.stop();
    }

    private String member;

    @BeforeEach
    void setUp() {
        weChat.resetAll();
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"WM_TOKEN\",\"expires_in\":7200}")));
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(okJson("{\"openid\":\"" + OPENID + "\",\"session_key\":\"c2Vzc2lvbg==\"}")));
        member = api.memberToken("media-" + System.nanoTime());
    }

    private void mediaCheckAnswers(String body) {
        weChat.stubFor(post(urlPathEqualTo("/wxa/media_check_async")).willReturn(okJson(body)));
    }

    private long uploadPhoto() {
        return MediaTestSupport.upload(port, "/api/mp/media", member, "CHECKIN", "a.jpg",
                MediaFiles.uniqueJpeg(120, 90, System.nanoTime())).json().path("id").asLong();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT check_status, check_trace_id, check_attempts, next_check_at > NOW(3)"
                + " AS later FROM media WHERE id = ?", id);
    }

    @Test
    void acceptedSubmissionKeepsTheTraceId(CapturedOutput output) {
        mediaCheckAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"639c20ec-37b7ee17-0ce59670\"}");

        long id = uploadPhoto();

        eventually(() -> assertThat(row(id).get("check_trace_id")).isEqualTo("639c20ec-37b7ee17-0ce59670"));
        weChat.verify(postRequestedFor(urlPathEqualTo("/wxa/media_check_async"))
                .withRequestBody(matchingJsonPath("$.openid", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo(OPENID)))
                .withRequestBody(matchingJsonPath("$.version", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("2")))
                .withRequestBody(matchingJsonPath("$.scene", com.github.tomakehurst.wiremock.client.WireMock
                        .equalTo("4"))));
        assertThat(output.getAll()).doesNotContain(OPENID, "WM_TOKEN");
    }

    @Test
    void systemBusyIsRetriedByWxJavaThenPostponed(CapturedOutput output) {
        mediaCheckAnswers("{\"errcode\":-1,\"errmsg\":\"system error\"}");

        long id = uploadPhoto();

        eventually(() -> assertThat(row(id).get("check_attempts")).isEqualTo(1));
        assertThat(row(id).get("check_status")).isEqualTo("PENDING");
        assertThat(row(id).get("check_trace_id")).isNull();
        assertThat(row(id).get("later")).isIn(1, 1L, true);
        // The first try and two retries (max-retry-times 2 in tests).
        weChat.verify(3, postRequestedFor(urlPathEqualTo("/wxa/media_check_async")));
        assertThat(output.getAll()).contains("WeChat media_check_async failed: errcode -1")
                .doesNotContain(OPENID, "sig=");
    }

    @Test
    void dailyQuotaIsPostponed() {
        mediaCheckAnswers("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");

        long id = uploadPhoto();

        eventually(() -> assertThat(row(id).get("check_attempts")).isEqualTo(1));
        assertThat(row(id).get("check_status")).isEqualTo("PENDING");
        assertThat(row(id).get("later")).isIn(1, 1L, true);
    }

    @Test
    void invalidMediaTypeEndsUnchecked() {
        mediaCheckAnswers("{\"errcode\":40004,\"errmsg\":\"invalid media type\"}");

        long id = uploadPhoto();

        eventually(() -> assertThat(row(id).get("check_status")).isEqualTo("NOT_CHECKED"));
        weChat.verify(1, postRequestedFor(urlPathEqualTo("/wxa/media_check_async")));
    }

    @Test
    void userNotSeenLatelyEndsUnchecked() {
        mediaCheckAnswers("{\"errcode\":61010,\"errmsg\":\"code is expired\"}");

        long id = uploadPhoto();

        eventually(() -> assertThat(row(id).get("check_status")).isEqualTo("NOT_CHECKED"));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheSubmissionGoesThrough() {
        weChat.stubFor(post(urlPathEqualTo("/wxa/media_check_async")).inScenario("token")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"errcode\":40001,\"errmsg\":\"invalid credential\"}"))
                .willSetStateTo("refreshed"));
        weChat.stubFor(post(urlPathEqualTo("/wxa/media_check_async")).inScenario("token")
                .whenScenarioStateIs("refreshed")
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"trace_id\":\"after-refresh\"}")));

        long id = uploadPhoto();

        eventually(() -> assertThat(row(id).get("check_trace_id")).isEqualTo("after-refresh"));
    }
}
