package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ConflictException;

/** A transition the application's current status does not allow (submitting twice, approving a draft...). */
class ApplicationStateConflictException extends ConflictException {

    ApplicationStateConflictException(ApplicationStatus from, ApplicationStatus to) {
        super("APPLICATION_STATE_CONFLICT", "申报当前状态为 " + from + "，不能变为 " + to);
    }
}
