package cn.xianfeng.briefing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One published version of a briefing, as it was; changeNote is null for the first. */
public record BriefingVersionView(int version, BriefingCategory category, String title, String summary,
                                  String body, String bodyHtml, LocalDate applyDeadline, List<String> attachmentIds,
                                  String changeNote, String publishedBy, OffsetDateTime publishedAt) {
}
