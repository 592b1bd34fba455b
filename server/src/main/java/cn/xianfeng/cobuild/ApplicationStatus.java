package cn.xianfeng.cobuild;

import java.util.EnumSet;
import java.util.Set;

/** DRAFT → SUBMITTED → (RETURNED → SUBMITTED)* → APPROVED | REJECTED; the applicant may withdraw before a decision. */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** The applicant may still change the form. */
    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    boolean canMoveTo(ApplicationStatus next) {
        return allowedNext().contains(next);
    }

    private Set<ApplicationStatus> allowedNext() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(RETURNED, APPROVED, REJECTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }
}
