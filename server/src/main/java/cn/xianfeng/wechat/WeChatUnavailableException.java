package cn.xianfeng.wechat;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * WeChat gave no usable answer. {@link #retryable()} tells a job whether asking again can help: a busy or unreachable
 * WeChat (-1, 45009, 45011, a network or HTTP failure) may answer later; a refusal of the request itself (40003
 * invalid openid, 47001 bad data …) will not, however often it is sent.
 */
public class WeChatUnavailableException extends ApiException {

    private final int errcode;
    private final boolean retryable;

    WeChatUnavailableException(String api, int errcode, boolean retryable, Throwable cause) {
        // Which WeChat API failed and its errcode are for the log line (with the request id), not for the client.
        super(HttpStatus.SERVICE_UNAVAILABLE, "WX_UNAVAILABLE", "微信服务暂时不可用，请稍后重试", cause);
        this.errcode = errcode;
        this.retryable = retryable;
    }

    /** WeChat's errcode, or 0 when no errcode came back (network or HTTP failure, unusable answer). */
    public int errcode() {
        return errcode;
    }

    public boolean retryable() {
        return retryable;
    }
}
