package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** WeChat's content check refused the announcement; nothing was changed. The code is chat's, for one client rule. */
class AnnouncementRiskyException extends ApiException {

    AnnouncementRiskyException() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "CONTENT_RISKY", "群公告包含不当内容，未能发布");
    }
}
