package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ConflictException;

/** The change would leave no enabled SUPER_ADMIN, and with it nobody who can manage accounts. */
class LastSuperAdminException extends ConflictException {

    LastSuperAdminException() {
        super("LAST_SUPER_ADMIN", "这是最后一个启用的超级管理员账号，不能停用或撤销其超级管理员角色");
    }
}
