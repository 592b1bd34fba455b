package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;

/** A line in a list of applications. */
public record ApplicationSummary(String id, ApplicationMode mode, ApplicationStatus status, String leadName,
                                 UnitType leadType, String applicantUserId, String reviewComment,
                                 OffsetDateTime submittedAt, OffsetDateTime decidedAt, OffsetDateTime updatedAt) {

    static ApplicationSummary of(Application application, ApplicationUnit lead) {
        return new ApplicationSummary(String.valueOf(application.getId()), application.getMode(),
                application.getStatus(), lead == null ? null : lead.getName(), lead == null ? null : lead.getType(),
                String.valueOf(application.getApplicantUserId()), application.getReviewComment(),
                ApiTime.of(application.getSubmittedAt()), ApiTime.of(application.getDecidedAt()),
                ApiTime.of(application.getUpdatedAt()));
    }
}
