package cn.xianfeng.chat;

import java.time.OffsetDateTime;

/** A single-use ticket that opens one socket: {@code /ws?ticket=…} before {@code expiresAt}. */
public record SocketTicket(String ticket, OffsetDateTime expiresAt) {
}
