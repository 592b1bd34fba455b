package cn.xianfeng.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The simulator is only useful if WxJava cannot tell it from WeChat: these tests drive it through the same
 * {@link WxMaService} the adapter uses, so a wire-format mistake shows up as a WxJava failure.
 */
@ApiTest
class WeChatSimulatorTest extends ApiTestBase {

    @Autowired
    WxMaService wx;
    @Autowired
    WeChat weChat;
    @Autowired
    WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        // The server's own MVC stack (handler mappings, interceptors, problem details), with a remote address of
        // our choosing: a real client on another host cannot be made from this machine.
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    private static RequestPostProcessor from(String remoteAddress) {
        return request -> {
            request.setRemoteAddr(remoteAddress);
            return request;
        };
    }

    @Test
    void aCallerOnAnotherHostIsRefusedEverySimulatorEndpoint() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(
                get("/wx-sim/sns/jscode2session").param("appid", "wx-test-simulator").param("js_code", "dev-remote"),
                post("/wx-sim/cgi-bin/stable_token").content("{\"grant_type\":\"client_credential\","
                        + "\"appid\":\"wx-test-simulator\",\"secret\":\"\"}"),
                get("/wx-sim/_records"),
                put("/wx-sim/_outages/msg_sec_check"))) {
            mvc.perform(request.with(from("10.1.2.3")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("FORBIDDEN"))
                    .andExpect(jsonPath("$.title").value("没有权限"));
        }
        assertThat(api.get("/wx-sim/_records?api=jscode2session", null).body()).doesNotContain("dev-remote");
    }

    @Test
    void aCallerOnThisMachineIsServed() throws Exception {
        mvc.perform(get("/wx-sim/sns/jscode2session").param("appid", "wx-test-simulator")
                        .param("js_code", "dev-local").with(from("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openid").isNotEmpty());
        mvc.perform(get("/wx-sim/_records").with(from("::1"))).andExpect(status().isOk());
    }

    @Test
    void aRequestThroughAProxyIsRefusedThoughItComesFromLoopback() throws Exception {
        HttpResponse<String> proxied = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/wx-sim/_records"))
                        .header("X-Forwarded-For", "203.0.113.9").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(proxied.statusCode()).isEqualTo(403);
        assertThat(proxied.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.get("/wx-sim/_records", null).status()).isEqualTo(200);
    }

    @Test
    void aCodeIsAlwaysTheSamePersonAndDifferentCodesAreDifferentPeople() {
        WeChatIdentity alice = weChat.login("dev-alice");
        WeChatIdentity again = weChat.login("dev-alice");
        WeChatIdentity bob = weChat.login("dev-bob");

        assertThat(again).isEqualTo(alice);
        assertThat(bob.openid()).isNotEqualTo(alice.openid());
        assertThat(alice.unionid()).isNotBlank();
    }

    @Test
    void stableTokenStaysTheSameUntilARefreshIsForced() throws WxErrorException {
        String token = wx.getAccessToken();
        assertThat(wx.getAccessToken()).isEqualTo(token);

        String forced = wx.getAccessToken(true);
        assertThat(forced).isNotEqualTo(token).startsWith("SIM_");
    }

    @Test
    void textCheckPassesOrdinaryTextAndFlagsConfiguredWords() throws WxErrorException {
        String openid = weChat.login("dev-checker").openid();

        WxMaMsgSecCheckCheckResponse pass = wx.getSecurityService().checkMessage(WxMaMsgSecCheckCheckRequest.builder()
                .content("明天下午三点在实验室开展党建活动").version("2").scene(2).openid(openid).build());
        WxMaMsgSecCheckCheckResponse risky = wx.getSecurityService().checkMessage(WxMaMsgSecCheckCheckRequest.builder()
                .content("欢迎来玩赌博游戏").version("2").scene(2).openid(openid).build());

        assertThat(pass.getResult().getSuggest()).isEqualTo("pass");
        assertThat(risky.getResult().getSuggest()).isEqualTo("risky");
        assertThat(risky.getResult().getLabel()).isEqualTo("20006");
    }

    @Test
    void textCheckRejectsABadSceneLikeWeChat() {
        assertThatThrownBy(() -> wx.getSecurityService().checkMessage(WxMaMsgSecCheckCheckRequest.builder()
                .content("你好").version("2").scene(9).openid("oSomeone").build()))
                .isInstanceOfSatisfying(WxErrorException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(40129));
    }

    @Test
    void subscribeMessageIsCheckedByTemplateRulesAndRecorded() throws WxErrorException {
        String openid = weChat.login("dev-subscriber").openid();
        WxMaSubscribeMessage message = WxMaSubscribeMessage.builder()
                .toUser(openid).templateId("TEMPLATE_ACTIVITY").page("pages/index/index")
                .data(List.of(new WxMaSubscribeMessage.MsgData("thing1", "党建活动：走进实验室"),
                        new WxMaSubscribeMessage.MsgData("time2", "2026年12月1日 15:00")))
                .build();

        wx.getSubscribeService().sendSubscribeMsg(message);

        Reply records = api.get("/wx-sim/_records?api=subscribe_send", null);
        assertThat(records.status()).isEqualTo(200);
        assertThat(records.body()).contains(openid, "TEMPLATE_ACTIVITY", "党建活动：走进实验室");
    }

    @Test
    void subscribeMessageWithATooLongThingIsRejectedWith47003() {
        WxMaSubscribeMessage message = WxMaSubscribeMessage.builder()
                .toUser("oSomeone").templateId("TEMPLATE_ACTIVITY")
                .data(List.of(new WxMaSubscribeMessage.MsgData("thing1", "这是一段超过二十个字的活动名称会被微信拒绝的文字")))
                .build();

        assertThatThrownBy(() -> wx.getSubscribeService().sendSubscribeMsg(message))
                .isInstanceOfSatisfying(WxErrorException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(47003);
                    assertThat(e.getError().getErrorMsgEn()).contains("data.thing1.value invalid");
                });
    }

    @Test
    void miniProgramCodeIsARealPng() throws WxErrorException {
        byte[] png = wx.getQrcodeService().createWxaCodeUnlimitBytes("inv=AB12CD", "pages/index/index", false,
                "develop", 430, false, null, false);

        assertThat(png).hasSizeGreaterThan(100);
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void miniProgramCodeRejectsABadScene() {
        assertThatThrownBy(() -> wx.getQrcodeService().createWxaCodeUnlimitBytes("50%off", "pages/index/index", false,
                "develop", 430, false, null, false))
                .isInstanceOfSatisfying(WxErrorException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo(40129));
    }
}
