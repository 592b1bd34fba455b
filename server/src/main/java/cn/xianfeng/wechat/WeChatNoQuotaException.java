package cn.xianfeng.wechat;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * 43101: the user has no subscription left for this template (they never accepted it, or each acceptance was
 * used up). Not a failure of WeChat: the message must wait until the user subscribes again.
 */
public class WeChatNoQuotaException extends ApiException {

    WeChatNoQuotaException() {
        super(HttpStatus.CONFLICT, "WX_NO_SUBSCRIPTION_QUOTA", "用户未订阅该消息或订阅次数已用完");
    }
}
