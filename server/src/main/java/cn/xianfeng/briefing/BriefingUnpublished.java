package cn.xianfeng.briefing;

import java.util.List;

/** A published briefing was withdrawn from the members of these co-buildings. */
public record BriefingUnpublished(long briefingId, List<Long> cobuildingIds) {
}
