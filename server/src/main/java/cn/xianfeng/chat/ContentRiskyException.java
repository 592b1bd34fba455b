package cn.xianfeng.chat;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** WeChat's content check refused the text; nothing was stored. */
class ContentRiskyException extends ApiException {

    ContentRiskyException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "CONTENT_RISKY", "消息包含不当内容，未能发送");
    }
}
