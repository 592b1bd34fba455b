package cn.xianfeng.briefing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of the bureau's briefing list. */
public record AdminBriefingSummary(String id, BriefingStatus status, int version, BriefingCategory category,
                                   String title, LocalDate applyDeadline, TargetScope scope,
                                   OffsetDateTime publishedAt, OffsetDateTime updatedAt) {
}
