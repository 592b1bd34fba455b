package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** The right password for an account that has been disabled. */
class AdminDisabledException extends ApiException {

    AdminDisabledException() {
        super(HttpStatus.FORBIDDEN, "ADMIN_DISABLED", "该账号已停用，请联系系统管理员");
    }
}
