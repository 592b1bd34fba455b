package cn.xianfeng.wechat;

/** Who a {@code wx.login} code belongs to. {@code unionid} is null unless the app is bound to an Open Platform account. */
public record WeChatIdentity(String openid, String unionid) {
}
