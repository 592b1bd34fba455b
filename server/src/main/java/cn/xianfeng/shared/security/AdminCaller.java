package cn.xianfeng.shared.security;

/**
 * The signed-in bureau admin of the current {@code /api/admin} request; a controller parameter of this type gets it.
 * {@code clientIp} is kept for the audit log.
 */
public record AdminCaller(long adminId, String token, String clientIp) {

    @Override
    public String toString() {
        return "AdminCaller[adminId=" + adminId + "]";
    }
}
