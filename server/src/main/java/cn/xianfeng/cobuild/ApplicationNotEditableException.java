package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ConflictException;

/** The form can no longer change: it is under review or decided. */
class ApplicationNotEditableException extends ConflictException {

    ApplicationNotEditableException(ApplicationStatus status) {
        super("APPLICATION_NOT_EDITABLE", "申报当前状态为 " + status + "，不能修改");
    }
}
