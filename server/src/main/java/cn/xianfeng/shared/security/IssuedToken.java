package cn.xianfeng.shared.security;

import java.time.Instant;

/** A freshly issued bearer token; the raw value exists only here and in the client. */
public record IssuedToken(String token, Instant expiresAt) {
}
