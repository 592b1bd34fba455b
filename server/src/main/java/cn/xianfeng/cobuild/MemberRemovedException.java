package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * 403: the pioneer removed this person, and the invitation they used was made before that. A removal sticks: only a
 * newer invitation or the pioneer re-admitting them lets them back.
 */
class MemberRemovedException extends ApiException {

    MemberRemovedException() {
        super(HttpStatus.FORBIDDEN, "MEMBER_REMOVED", "你已被移出该先锋号，请向科技党建先锋索取新的邀请");
    }
}
