package cn.xianfeng.shared.security;

/**
 * Every sign-in of the subject was ended at once (logout everywhere, an account disabled, a password reset). Published
 * on the instance that ended them, so what it holds open (sockets) closes now; other instances notice on their next
 * liveness check.
 */
public record SessionsEnded(Audience audience, long subjectId) {
}
