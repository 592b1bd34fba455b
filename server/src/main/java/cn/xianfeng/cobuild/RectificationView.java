package cn.xianfeng.cobuild;

import cn.xianfeng.media.MediaLinks;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A rectification as members and the bureau see it. {@code overdue} once its deadline passed with no report (flagged
 * by the daily job); {@code report} null until the co-building submits one; {@code canSubmit} whether the caller may
 * submit (or resubmit) a report now (always false for the bureau).
 */
public record RectificationView(
        String id,
        String cobuildingId,
        String cobuildingName,
        String occasion,
        String orderNote,
        OffsetDateTime orderedAt,
        LocalDate deadline,
        RectificationStatus status,
        boolean overdue,
        OffsetDateTime overdueAt,
        Report report,
        Review review,
        boolean canSubmit) {

    public record Report(String text, List<MediaLinks> photos, Person submittedBy, OffsetDateTime submittedAt) {
    }

    public record Review(boolean passed, String comment, Person reviewedBy, OffsetDateTime reviewedAt) {
    }

    /**
     * A member (by user id) or the admin who reviewed (by admin id, shown to the bureau only); the name as shown.
     */
    public record Person(@JsonInclude(JsonInclude.Include.NON_NULL) String id, String displayName) {
    }
}
