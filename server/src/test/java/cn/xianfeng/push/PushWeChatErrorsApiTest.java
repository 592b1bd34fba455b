package cn.xianfeng.push;

import static cn.xianfeng.push.PushTestSupport.grant;
import static cn.xianfeng.push.PushTestSupport.pending;
import static cn.xianfeng.push.PushTestSupport.remaining;
import static cn.xianfeng.push.PushTestSupport.status;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * WeChat's answers to subscribe/send, served by WireMock in WeChat's wire format, and what the worker makes of each:
 * the delivery's status, its attempts and next attempt, WeChat's code, and the member's grant.
 */
@ApiTest
class PushWeChatErrorsApiTest extends ApiTestBase {

    static final String TEMPLATE = "tpl-test-briefing";
    static final String SEND = "/cgi-bin/message/subscribe/send";
    static final WireMockServer weChat = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

    static {
        weChat.start();
    }

    @DynamicPropertySource
    static void pointWeChatAtWireMock(DynamicPropertyRegistry registry) {
        registry.add("xf.wechat.api-host", weChat::baseUrl);
        registry.add("xf.wechat.app-id", () -> "wx-wiremock-push-" + System.nanoTime());
    }

    @AfterAll
    static void stop() {
        weChat.stop();
    }

    @Autowired
    PushWorker worker;

    long userId;
    String openid;

    @BeforeEach
    void setUp() {
        weChat.resetAll();
        weChat.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(okJson("{\"access_token\":\"WM_TOKEN\",\"expires_in\":7200}")));
        openid = "oPush" + Fixtures.unique("").replace("-", "") + "000000000000";
        weChat.stubFor(get(urlPathEqualTo("/sns/jscode2session"))
                .willReturn(okJson("{\"openid\":\"" + openid + "\",\"session_key\":\"c2Vzc2lvbg==\"}")));
        String token = api.memberToken(Fixtures.unique("wm-"));
        userId = Long.parseLong(fixtures.userId(token));
        grant(jdbc, userId, TEMPLATE, 3);
    }

    private void sendAnswers(String body) {
        weChat.stubFor(post(urlPathEqualTo(SEND)).willReturn(okJson(body)));
    }

    private long deliveredOnce() {
        long id = pending(jdbc, PushScene.BRIEFING_PUBLISHED, Fixtures.unique("wm:"), userId, TEMPLATE);
        worker.drain();
        return id;
    }

    private int sends() {
        return weChat.findAll(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openid)))).size();
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT attempts, last_errcode, next_attempt_at, status FROM push_delivery WHERE id = ?",
                id);
    }

    @Test
    void sentIsSentAndUsesOneGrant() {
        sendAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1864323726461255680}");

        long id = deliveredOnce();

        assertThat(status(jdbc, id)).isEqualTo("SENT");
        assertThat(remaining(jdbc, userId, TEMPLATE)).isEqualTo(2);
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void noQuotaAtWeChatIsNoQuotaAndTheGrantIsSetToZero() {
        sendAnswers("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg\"}");

        long id = deliveredOnce();

        assertThat(status(jdbc, id)).isEqualTo("NO_QUOTA");
        assertThat(row(id).get("last_errcode")).isEqualTo(43101);
        assertThat(remaining(jdbc, userId, TEMPLATE)).isZero();
        // Nothing left to take: the next one is NO_QUOTA without asking WeChat.
        long next = deliveredOnce();
        assertThat(status(jdbc, next)).isEqualTo("NO_QUOTA");
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void anInvalidOpenidFailsAtOnceAndGivesTheGrantBack() {
        sendAnswers("{\"errcode\":40003,\"errmsg\":\"invalid openid\"}");

        long id = deliveredOnce();
        worker.drain();

        assertThat(status(jdbc, id)).isEqualTo("FAILED");
        assertThat(row(id).get("last_errcode")).isEqualTo(40003);
        assertThat(remaining(jdbc, userId, TEMPLATE)).isEqualTo(3);
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void invalidDataFailsAtOnce() {
        sendAnswers("{\"errcode\":47003,\"errmsg\":\"argument invalid! data.thing1.value is empty\"}");

        long id = deliveredOnce();

        assertThat(status(jdbc, id)).isEqualTo("FAILED");
        assertThat(row(id).get("last_errcode")).isEqualTo(47003);
        assertThat(sends()).isEqualTo(1);
    }

    @Test
    void aBusyWeChatIsRetriedWithGrowingWaitsThenFailed() {
        sendAnswers("{\"errcode\":-1,\"errmsg\":\"system error\"}");

        long id = deliveredOnce();

        Map<String, Object> first = row(id);
        assertThat(first.get("status")).isEqualTo("PENDING");
        assertThat(first.get("attempts")).isEqualTo(1);
        assertThat(first.get("last_errcode")).isEqualTo(-1);
        assertThat(waitOf(id)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(31));
        assertThat(remaining(jdbc, userId, TEMPLATE)).isEqualTo(3);
        worker.drain();
        assertThat(row(id).get("attempts")).as("not due yet").isEqualTo(1);

        makeDue(id);
        worker.drain();
        Map<String, Object> second = row(id);
        assertThat(second.get("attempts")).isEqualTo(2);
        assertThat(waitOf(id)).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(61));
        for (int i = 0; i < 3; i++) {
            makeDue(id);
            worker.drain();
        }

        assertThat(status(jdbc, id)).isEqualTo("FAILED");
        assertThat(row(id).get("attempts")).isEqualTo(5);
        makeDue(id);
        worker.drain();
        assertThat(row(id).get("attempts")).isEqualTo(5);
    }

    @Test
    void weChatsRateLimitIsRetriedLater() {
        sendAnswers("{\"errcode\":45009,\"errmsg\":\"reach max api daily quota limit\"}");

        long id = deliveredOnce();

        Map<String, Object> after = row(id);
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(after.get("last_errcode")).isEqualTo(45009);
        assertThat(after.get("attempts")).isEqualTo(1);
        assertThat(remaining(jdbc, userId, TEMPLATE)).isEqualTo(3);

        sendAnswers("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":2}");
        makeDue(id);
        worker.drain();
        assertThat(status(jdbc, id)).isEqualTo("SENT");
    }

    @Test
    void anUnreachableWeChatIsRetriedLater() {
        weChat.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        long id = deliveredOnce();

        Map<String, Object> after = row(id);
        assertThat(after.get("status")).isEqualTo("PENDING");
        assertThat(after.get("attempts")).isEqualTo(1);
        assertThat(after.get("last_errcode")).isNull();
        assertThat(waitOf(id)).isPositive();
    }

    private void makeDue(long id) {
        jdbc.update("UPDATE push_delivery SET next_attempt_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), id);
    }

    private Duration waitOf(long id) {
        Timestamp next = jdbc.queryForObject("SELECT next_attempt_at FROM push_delivery WHERE id = ?", Timestamp.class,
                id);
        return Duration.between(Instant.now(), next.toInstant());
    }
}
