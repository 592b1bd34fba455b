package cn.xianfeng.briefing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A briefing as a member reads it (and as the bureau previews it): bodyHtml is sanitised; correctedAt and changeNote
 * tell of the latest correction, if any.
 */
public record BriefingView(String id, int version, BriefingCategory category, String title, String summary,
                           String bodyHtml, List<BriefingAttachmentView> attachments, LocalDate applyDeadline,
                           OffsetDateTime publishedAt, OffsetDateTime correctedAt, String changeNote, boolean read,
                           boolean intended) {
}
