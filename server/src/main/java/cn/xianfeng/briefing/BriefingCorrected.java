package cn.xianfeng.briefing;

import java.util.List;

/** A published briefing was corrected into a new version; changeNote says what changed. */
public record BriefingCorrected(long briefingId, int version, List<Long> cobuildingIds, String changeNote) {
}
