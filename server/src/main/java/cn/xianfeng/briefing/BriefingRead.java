package cn.xianfeng.briefing;

import java.time.Instant;

/** A member opened a briefing for the first time (its read receipt was stored). Published in that transaction. */
public record BriefingRead(long briefingId, long userId, Instant at) {
}
