package cn.xianfeng.push;

import java.time.OffsetDateTime;
import java.util.List;

/** Deliveries made in a period ({@code from} inclusive, {@code to} exclusive; either may be open), per scene. */
public record PushStats(OffsetDateTime from, OffsetDateTime to, List<PushSceneStats> items) {
}
