package cn.xianfeng.activity;

import cn.xianfeng.shared.web.ApiException;
import cn.xianfeng.shared.web.ConflictException;
import org.springframework.http.HttpStatus;

/** The activity feature's business errors, one type each. */
final class ActivityExceptions {

    private ActivityExceptions() {
    }

    static final class Cancelled extends ConflictException {
        Cancelled() {
            super("ACTIVITY_CANCELLED", "活动已取消");
        }
    }

    static final class Ended extends ConflictException {
        Ended() {
            super("ACTIVITY_ENDED", "活动已结束，不能再修改");
        }
    }

    static final class CheckinClosed extends ConflictException {
        CheckinClosed() {
            super("CHECKIN_CLOSED", "现在不在签到时间内");
        }
    }

    static final class CobuildingClosed extends ConflictException {
        CobuildingClosed() {
            super("COBUILDING_CLOSED", "该先锋号已退出或摘牌，不能再发起活动");
        }
    }

    /** 403: the person is a member but not among who the activity expects. */
    static final class NotExpected extends ApiException {
        NotExpected() {
            super(HttpStatus.FORBIDDEN, "NOT_EXPECTED", "你不在本次活动的应到人员中");
        }
    }
}
