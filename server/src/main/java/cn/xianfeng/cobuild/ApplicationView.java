package cn.xianfeng.cobuild;

import cn.xianfeng.cobuild.ApplicationForm.GoalForm;
import cn.xianfeng.cobuild.ApplicationForm.PartnerForm;
import cn.xianfeng.cobuild.ApplicationForm.PioneerForm;
import cn.xianfeng.cobuild.ApplicationForm.UnitForm;
import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;
import java.util.List;

/** An application with everything in it, for its applicant and for the bureau. */
public record ApplicationView(
        String id,
        ApplicationMode mode,
        ApplicationStatus status,
        UnitForm lead,
        List<PartnerForm> partners,
        PioneerForm pioneer,
        List<GoalForm> goals,
        String motivation,
        String reviewComment,
        OffsetDateTime submittedAt,
        OffsetDateTime decidedAt,
        String cobuildingId,
        List<HistoryEntry> history,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record HistoryEntry(ApplicationStatus fromStatus, ApplicationStatus toStatus, String actorType,
                               String comment, OffsetDateTime at) {
    }

    static ApplicationView of(Application application, List<ApplicationUnit> units, List<ApplicationGoal> goals,
                              List<ApplicationHistory> history) {
        UnitForm lead = units.stream().filter(unit -> unit.getPosition() == 0).findFirst()
                .map(unit -> new UnitForm(str(unit.getUnitId()), unit.getName(), unit.getType(),
                        unit.getPartyOrgName(), unit.getCreditCode(), unit.getAddress()))
                .orElse(null);
        List<PartnerForm> partners = units.stream().filter(unit -> unit.getPosition() > 0)
                .map(unit -> new PartnerForm(str(unit.getUnitId()), unit.getName(), unit.getType(),
                        unit.getPartyOrgName(), unit.getCreditCode(), unit.getAddress(), unit.getLiaisonName(),
                        unit.getLiaisonPhone()))
                .toList();
        PioneerForm pioneer = new PioneerForm(application.getPioneerName(), application.getPioneerTitle(),
                application.getPioneerPhone(), application.getPioneerPartyMember());
        List<GoalForm> goalForms = goals.stream()
                .map(goal -> new GoalForm(goal.getCategory(), goal.getTitle(), goal.getDescription(),
                        goal.getTargetDate()))
                .toList();
        List<HistoryEntry> entries = history.stream()
                .map(entry -> new HistoryEntry(entry.getFromStatus(), entry.getToStatus(), entry.getActorType().name(),
                        entry.getComment(), ApiTime.of(entry.getCreatedAt())))
                .toList();
        return new ApplicationView(String.valueOf(application.getId()), application.getMode(),
                application.getStatus(), lead, partners, pioneer, goalForms, application.getMotivation(),
                application.getReviewComment(), ApiTime.of(application.getSubmittedAt()),
                ApiTime.of(application.getDecidedAt()), str(application.getCobuildingId()), entries,
                ApiTime.of(application.getCreatedAt()), ApiTime.of(application.getUpdatedAt()));
    }

    private static String str(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
