package cn.xianfeng.admin;

import cn.xianfeng.shared.web.ConflictException;

/** The username is in use (compared case-insensitively, as the unique key's collation does). */
class UsernameTakenException extends ConflictException {

    UsernameTakenException(String username) {
        super("USERNAME_TAKEN", "用户名 " + username + " 已被使用");
    }
}
