package cn.xianfeng.briefing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A row of a member's briefing list; read and intended are the caller's. */
public record BriefingSummary(String id, BriefingCategory category, String title, String summary,
                              LocalDate applyDeadline, OffsetDateTime publishedAt, boolean read, boolean intended) {
}
