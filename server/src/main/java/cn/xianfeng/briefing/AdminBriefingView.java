package cn.xianfeng.briefing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A briefing as the bureau edits it: the Markdown it wrote, the sanitised HTML, whom it targets, where it stands. */
public record AdminBriefingView(String id, BriefingStatus status, int version, BriefingCategory category, String title,
                                String summary, String body, String bodyHtml, List<BriefingAttachmentView> attachments,
                                LocalDate applyDeadline, BriefingTargeting targeting, OffsetDateTime publishedAt,
                                OffsetDateTime correctedAt, String changeNote, OffsetDateTime unpublishedAt,
                                int remindCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
