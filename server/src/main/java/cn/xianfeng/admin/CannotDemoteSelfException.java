package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ConflictException;

/** A SUPER_ADMIN tried to disable their own account or drop their own SUPER_ADMIN role. */
class CannotDemoteSelfException extends ConflictException {

    CannotDemoteSelfException(String detail) {
        super("CANNOT_DEMOTE_SELF", detail);
    }
}
