package cn.xianfeng.shared.security;

/** The signed-in mini-program user of the current {@code /api/mp} request; a controller parameter of this type gets it. */
public record MemberCaller(long userId, String token) {

    @Override
    public String toString() {
        return "MemberCaller[userId=" + userId + "]";
    }
}
