package cn.xianfeng.wechat;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** 40226: WeChat blocks this user's login as high-risk. */
public class WeChatLoginBlockedException extends ApiException {

    WeChatLoginBlockedException() {
        super(HttpStatus.FORBIDDEN, "WX_LOGIN_BLOCKED", "微信判定该账号存在风险，暂时无法登录");
    }
}
