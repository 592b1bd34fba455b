package cn.xianfeng.cobuild;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of the bureau's rectification list. */
public record RectificationSummary(
        String id,
        String cobuildingId,
        String cobuildingName,
        String bureauLiaisonId,
        String occasion,
        LocalDate deadline,
        RectificationStatus status,
        boolean overdue,
        OffsetDateTime submittedAt,
        OffsetDateTime reviewedAt) {
}
