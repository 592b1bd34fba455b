package cn.xianfeng.admin;

import java.time.OffsetDateTime;

public record AdminLoginResponse(String token, OffsetDateTime expiresAt, AdminView admin) {
}
