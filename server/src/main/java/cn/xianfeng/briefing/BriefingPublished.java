package cn.xianfeng.briefing;

import java.util.List;

/** A briefing was published to the members of these co-buildings. Published inside the publishing transaction. */
public record BriefingPublished(long briefingId, int version, List<Long> cobuildingIds) {
}
