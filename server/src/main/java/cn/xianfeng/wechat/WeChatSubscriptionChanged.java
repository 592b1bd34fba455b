package cn.xianfeng.wechat;

/**
 * WeChat told us what a user did with a subscribe-message template: {@code status} is WeChat's
 * {@code SubscribeStatusString} — {@code accept} or {@code reject} from the request popup
 * ({@code subscribe_msg_popup_event}), or {@code reject} when they switched it off later
 * ({@code subscribe_msg_change_event}).
 */
public record WeChatSubscriptionChanged(String openid, String templateId, String status) {
}
