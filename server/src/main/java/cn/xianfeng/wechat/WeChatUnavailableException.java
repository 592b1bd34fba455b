package cn.xianfeng.wechat;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** WeChat is busy, unreachable or answered something we cannot use; the caller may try again later. */
public class WeChatUnavailableException extends ApiException {

    WeChatUnavailableException(String what, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "WX_UNAVAILABLE", "微信服务暂时不可用，请稍后重试（" + what + "）", cause);
    }
}
