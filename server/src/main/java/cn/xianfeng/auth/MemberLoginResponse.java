package cn.xianfeng.auth;

import java.time.OffsetDateTime;

public record MemberLoginResponse(String token, OffsetDateTime expiresAt, MemberView user) {
}
