package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** Wrong username or password; deliberately the same answer for both, so usernames cannot be probed. */
class AdminLoginFailedException extends ApiException {

    AdminLoginFailedException() {
        super(HttpStatus.UNAUTHORIZED, "LOGIN_FAILED", "用户名或密码错误");
    }
}
