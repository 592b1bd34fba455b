package cn.xianfeng.admin;

import java.util.Set;

/** An admin account as shown to admins; never its password hash. */
public record AdminView(String id, String username, String displayName, Set<AdminRole> roles) {
}
