package cn.xianfeng.auth;

/** A member's nickname, avatar or real name changed (published inside the transaction that changed it). */
public record MemberProfileChanged(long userId) {
}
