package cn.xianfeng.briefing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published briefing as other features see it, at its current version. bodyText is the body as plain text (no
 * markup); applyDeadline (申报截止) may be null.
 */
public record BriefingInfo(long id, int version, BriefingCategory category, String title, String summary,
                           String bodyText, LocalDate applyDeadline, Instant publishedAt) {
}
