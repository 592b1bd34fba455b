package cn.xianfeng.push;

import java.time.Instant;

/**
 * A delivery reached a final state: SENT, FAILED, or SKIPPED (the member had no send granted). Published when the
 * worker records it, outside any transaction (a stale claim abandoned inside the claiming one).
 */
public record PushSettled(String scene, long userId, String outcome, Instant at) {
}
