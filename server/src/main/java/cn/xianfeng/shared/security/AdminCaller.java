package cn.xianfeng.shared.security;

/** The signed-in bureau admin of the current {@code /api/admin} request; a controller parameter of this type gets it. */
public record AdminCaller(long adminId, String token) {

    @Override
    public String toString() {
        return "AdminCaller[adminId=" + adminId + "]";
    }
}
