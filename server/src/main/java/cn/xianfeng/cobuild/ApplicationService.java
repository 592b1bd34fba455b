package cn.xianfeng.cobuild;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.cobuild.ApplicationForm.GoalForm;
import cn.xianfeng.cobuild.ApplicationForm.PartnerForm;
import cn.xianfeng.org.CreditCodes;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The applicant's side of 申报: drafts that save as the user types, submit, withdraw. */
@Service
class ApplicationService {

    private final ApplicationMapper applications;
    private final ApplicationUnitMapper applicationUnits;
    private final ApplicationGoalMapper goals;
    private final ApplicationHistoryMapper history;
    private final UnitDirectory unitDirectory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApplicationService(ApplicationMapper applications, ApplicationUnitMapper applicationUnits,
                       ApplicationGoalMapper goals, ApplicationHistoryMapper history, UnitDirectory unitDirectory,
                       TransactionTemplate transaction, Clock clock) {
        this.applications = applications;
        this.applicationUnits = applicationUnits;
        this.goals = goals;
        this.history = history;
        this.unitDirectory = unitDirectory;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Creates a draft, or, when the client already created one with this {@code clientId} (a retry after a lost
     * answer), returns that one with {@code created} false.
     */
    Created create(long userId, ApplicationForm form) {
        String clientId = form.clientId() == null || form.clientId().isBlank() ? null : form.clientId();
        Created earlier = earlier(userId, clientId);
        if (earlier != null) {
            return earlier;
        }
        // The same create, retried while the first was still running: the first one's draft is the answer.
        return insertOrFind(() -> new Created(transaction.execute(status -> insertDraft(userId, clientId, form)), true),
                () -> earlier(userId, clientId));
    }

    private Created earlier(long userId, String clientId) {
        Application earlier = clientId == null ? null : applications.findByClientId(userId, clientId);
        return earlier == null ? null : new Created(view(earlier.getId()), false);
    }

    record Created(ApplicationView view, boolean created) {
    }

    private ApplicationView insertDraft(long userId, String clientId, ApplicationForm form) {
        ApplicationRules.checkGoalCategories(form.goals());
        Application application = new Application();
        application.setApplicantUserId(userId);
        application.setClientId(clientId);
        application.setStatus(ApplicationStatus.DRAFT);
        copyForm(form, application);
        applications.insert(application);
        writeUnitsAndGoals(application.getId(), form);
        history.insert(ApplicationHistory.byMember(application.getId(), null, ApplicationStatus.DRAFT, userId));
        return view(application.getId());
    }

    ApplicationView get(long userId, long id) {
        mine(userId, id);
        return view(id);
    }

    PageResponse<ApplicationSummary> list(long userId, PageQuery query) {
        Page<Application> page = applications.pageByApplicant(userId, query.toPage());
        Map<Long, ApplicationUnit> leads = listLeadsByApplications(page.getRecords());
        return PageResponse.of(page, application -> ApplicationSummary.of(application, leads.get(application.getId())));
    }

    /** A whole-form save. The row is locked first, so two autosaves of the same draft queue instead of clashing. */
    @Transactional
    ApplicationView update(long userId, long id, ApplicationForm form) {
        Application application = mineLocked(userId, id);
        if (!application.getStatus().editable()) {
            throw new ApplicationNotEditableException(application.getStatus());
        }
        ApplicationRules.checkGoalCategories(form.goals());
        copyForm(form, application);
        try {
            applications.updateForm(application);
        } catch (DuplicateKeyException e) {
            // A returned application keeps its place in review; its lead unit cannot become one already in review.
            throw new LeadUnitUnderReviewException();
        }
        applicationUnits.deleteByApplication(id);
        goals.deleteByApplication(id);
        writeUnitsAndGoals(id, form);
        return view(id);
    }

    @Transactional
    ApplicationView submit(long userId, long id) {
        Application application = mineLocked(userId, id);
        ApplicationStatus from = application.getStatus();
        if (from == ApplicationStatus.SUBMITTED) {
            // A phone retrying a submit whose answer it lost: it is submitted, and that is the answer.
            return view(id);
        }
        if (!from.canMoveTo(ApplicationStatus.SUBMITTED)) {
            throw new ApplicationStateConflictException(from, ApplicationStatus.SUBMITTED);
        }
        ApplicationRules.checkComplete(formOf(id), LocalDate.now(clock.withZone(ApiTime.DISPLAY_ZONE)));
        try {
            applications.markSubmitted(id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new LeadUnitUnderReviewException();
        }
        history.insert(ApplicationHistory.byMember(id, from, ApplicationStatus.SUBMITTED, userId));
        return view(id);
    }

    @Transactional
    ApplicationView withdraw(long userId, long id) {
        Application application = mineLocked(userId, id);
        ApplicationStatus from = application.getStatus();
        if (from == ApplicationStatus.WITHDRAWN) {
            // A retried withdraw: already done.
            return view(id);
        }
        if (!from.canMoveTo(ApplicationStatus.WITHDRAWN)) {
            throw new ApplicationStateConflictException(from, ApplicationStatus.WITHDRAWN);
        }
        applications.markWithdrawn(id, clock.instant());
        history.insert(ApplicationHistory.byMember(id, from, ApplicationStatus.WITHDRAWN, userId));
        return view(id);
    }

    /**
     * Deletes a draft the member no longer wants, with its units, goals and history: nobody but them ever saw it.
     * Anything submitted once is part of the record and stays (409).
     */
    @Transactional
    void deleteDraft(long userId, long id) {
        Application application = mineLocked(userId, id);
        if (application.getStatus() != ApplicationStatus.DRAFT) {
            throw new ConflictException("APPLICATION_NOT_DELETABLE", "只有草稿可以删除");
        }
        applicationUnits.deleteByApplication(id);
        goals.deleteByApplication(id);
        history.deleteByApplication(id);
        applications.deleteById(id);
    }

    // --- shared with the review side -------------------------------------------------------------------------

    ApplicationView view(long id) {
        return ApplicationView.of(applications.selectById(id), applicationUnits.listByApplication(id),
                goals.listByApplication(id), history.listByApplication(id));
    }

    /** The stored application as a form again, for the completeness rules. */
    ApplicationForm formOf(long id) {
        ApplicationView view = view(id);
        return new ApplicationForm(null, view.mode(), view.lead(), view.partners(), view.pioneer(), view.goals(),
                view.motivation());
    }

    Map<Long, ApplicationUnit> listLeadsByApplications(List<Application> page) {
        return applicationUnits.listLeadsByApplications(page.stream().map(Application::getId).toList()).stream()
                .collect(Collectors.toMap(ApplicationUnit::getApplicationId, Function.identity()));
    }

    // --- internals --------------------------------------------------------------------------------------------

    /** The caller's own application; anybody else's is 404, as if it did not exist. */
    private Application mine(long userId, long id) {
        return ownedOrNotFound(userId, applications.selectById(id));
    }

    private Application mineLocked(long userId, long id) {
        return ownedOrNotFound(userId, applications.lockById(id));
    }

    private static Application ownedOrNotFound(long userId, Application application) {
        if (application == null || application.getApplicantUserId() != userId) {
            throw new NotFoundException("申报不存在");
        }
        return application;
    }

    private void copyForm(ApplicationForm form, Application application) {
        application.setMode(form.mode() != null ? form.mode() : ApplicationMode.SOLO);
        application.setLeadUnitKey(leadUnitKey(form.lead()));
        var pioneer = form.pioneer();
        application.setPioneerName(pioneer == null ? null : trim(pioneer.name()));
        application.setPioneerTitle(pioneer == null ? null : trim(pioneer.title()));
        application.setPioneerPhone(pioneer == null ? null : trim(pioneer.phone()));
        application.setPioneerPartyMember(pioneer == null ? null : pioneer.partyMember());
        application.setMotivation(trim(form.motivation()));
    }

    private void writeUnitsAndGoals(long applicationId, ApplicationForm form) {
        if (form.lead() != null) {
            var lead = form.lead();
            applicationUnits.insert(unitRow(applicationId, 0, UnitRole.LEAD, lead.unitId(), lead.name(), lead.type(),
                    lead.partyOrgName(), lead.creditCode(), lead.address(), null, null));
        }
        List<PartnerForm> partners = form.partners() == null ? List.of() : form.partners();
        for (int i = 0; i < partners.size(); i++) {
            PartnerForm p = partners.get(i);
            applicationUnits.insert(unitRow(applicationId, i + 1, UnitRole.PARTNER, p.unitId(), p.name(), p.type(),
                    p.partyOrgName(), p.creditCode(), p.address(), p.liaisonName(), p.liaisonPhone()));
        }
        for (GoalForm goalForm : form.goals() == null ? List.<GoalForm>of() : form.goals()) {
            ApplicationGoal goal = new ApplicationGoal();
            goal.setApplicationId(applicationId);
            goal.setCategory(goalForm.category());
            goal.setTitle(trim(goalForm.title()));
            goal.setDescription(trim(goalForm.description()));
            goal.setTargetDate(goalForm.targetDate());
            goals.insert(goal);
        }
    }

    private static ApplicationUnit unitRow(long applicationId, int position, UnitRole role, String unitId,
                                           String name, UnitType type, String partyOrgName,
                                           String creditCode, String address, String liaisonName,
                                           String liaisonPhone) {
        ApplicationUnit row = new ApplicationUnit();
        row.setApplicationId(applicationId);
        row.setPosition(position);
        row.setRole(role);
        row.setUnitId(unitId == null || unitId.isBlank() ? null : Long.valueOf(unitId));
        row.setName(trim(name));
        row.setType(type);
        row.setPartyOrgName(trim(partyOrgName));
        row.setCreditCode(CreditCodes.normalize(creditCode));
        row.setAddress(trim(address));
        row.setLiaisonName(trim(liaisonName));
        row.setLiaisonPhone(trim(liaisonPhone));
        return row;
    }

    /** Who the lead unit is, for "one application under review per lead unit": credit code first, then name. */
    private String leadUnitKey(ApplicationForm.UnitForm lead) {
        if (lead == null) {
            return null;
        }
        String code = CreditCodes.normalize(lead.creditCode());
        if (code == null && lead.unitId() != null && !lead.unitId().isBlank()) {
            code = unitDirectory.find(Long.parseLong(lead.unitId())).map(UnitInfo::creditCode).orElse(null);
        }
        if (code != null) {
            return "C:" + code;
        }
        String name = trim(lead.name());
        return name == null ? null : "N:" + lowerCase(name);
    }

    /**
     * Lower case one code point at a time: String.toLowerCase may lengthen a name ("İ" becomes two characters),
     * and the key must fit its column for any name the form accepts.
     */
    private static String lowerCase(String name) {
        StringBuilder lower = new StringBuilder(name.length());
        name.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
        return lower.toString();
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
