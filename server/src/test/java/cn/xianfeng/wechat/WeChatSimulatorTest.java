package cn.xianfeng.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckRequest;
import cn.binarywang.wx.miniapp.bean.security.WxMaMsgSecCheckCheckResponse;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import java.util.List;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The simulator is only useful if WxJava cannot tell it from WeChat: these tests drive it through the same
 * {@link WxMaService} the adapter uses, so a wire-format mistake shows up as a WxJava failure.
 */
@ApiTest
class WeChatSimulatorTest {

    @Autowired
    WxMaService wx;
    @Autowired
    WeChat weChat;
    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
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
