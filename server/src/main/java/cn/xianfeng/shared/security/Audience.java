package cn.xianfeng.shared.security;

/** Who a token was issued to: a member (mini-program) token never opens the admin API, and the reverse. */
public enum Audience {
    MEMBER,
    ADMIN
}
