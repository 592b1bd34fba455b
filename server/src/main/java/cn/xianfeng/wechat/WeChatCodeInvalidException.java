package cn.xianfeng.wechat;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** 40029 / 40163: the {@code wx.login} code is wrong, expired or already used; the client should log in again. */
public class WeChatCodeInvalidException extends ApiException {

    WeChatCodeInvalidException() {
        super(HttpStatus.UNAUTHORIZED, "WX_CODE_INVALID", "微信登录凭证无效或已使用，请重新登录");
    }
}
