package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitDraft;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau's side of 申报: the review list, and approve / return / reject. */
@Service
class AdminApplicationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** cobuilding.name is VARCHAR(100). */
    private static final int NAME_WIDTH = 100;

    private final ApplicationMapper applications;
    private final ApplicationUnitMapper applicationUnits;
    private final ApplicationService applicationService;
    private final CobuildingMapper cobuildings;
    private final CobuildingUnitMapper cobuildingUnits;
    private final ApplicationHistoryMapper applicationHistory;
    private final CobuildingHistoryMapper cobuildingHistory;
    private final MembershipMapper memberships;
    private final UnitDirectory unitDirectory;
    private final AdminAccess access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdminApplicationService(ApplicationMapper applications, ApplicationUnitMapper applicationUnits,
                             ApplicationService applicationService, ApplicationHistoryMapper applicationHistory,
                             CobuildingMapper cobuildings, CobuildingUnitMapper cobuildingUnits,
                             CobuildingHistoryMapper cobuildingHistory,
                             MembershipMapper memberships, UnitDirectory unitDirectory, AdminAccess access,
                             AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.applicationUnits = applicationUnits;
        this.applicationService = applicationService;
        this.cobuildings = cobuildings;
        this.cobuildingUnits = cobuildingUnits;
        this.applicationHistory = applicationHistory;
        this.cobuildingHistory = cobuildingHistory;
        this.memberships = memberships;
        this.unitDirectory = unitDirectory;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    PageResponse<ApplicationSummary> list(AdminCaller caller, ApplicationStatus status, ApplicationMode mode,
                                          UnitType unitType, OffsetDateTime submittedFrom,
                                          OffsetDateTime submittedTo, PageQuery query) {
        access.require(caller, Permission.READ_APPLICATIONS);
        Page<Application> page = applications.pageByReviewFilter(status, mode, unitType,
                submittedFrom == null ? null : submittedFrom.toInstant(),
                submittedTo == null ? null : submittedTo.toInstant(), query.toPage());
        Map<Long, ApplicationUnit> leads = applicationService.listLeadsByApplications(page.getRecords());
        return PageResponse.of(page, application -> ApplicationSummary.of(application, leads.get(application.getId())));
    }

    ApplicationView get(AdminCaller caller, long id) {
        access.require(caller, Permission.READ_APPLICATIONS);
        reviewable(id);
        return applicationService.view(id);
    }

    /**
     * 审核通过: the units are found or created in the unit database, the co-building is made with the applicant as
     * its pioneer, every unit's entry is recorded, and {@link CobuildingCreated} is published — all or nothing.
     */
    @Transactional
    ApprovalView approve(AdminCaller caller, long id, ReviewRequests.Approve request) {
        access.require(caller, Permission.REVIEW_APPLICATIONS);
        Application application = reviewableLocked(id);
        moveTo(application, ApplicationStatus.APPROVED, caller, request.comment());
        // The form was complete when submitted; checking again guards against a bug, not against the applicant.
        ApplicationRules.checkComplete(applicationService.formOf(id), LocalDate.now(clock.withZone(ApiTime.DISPLAY_ZONE)));

        Instant now = clock.instant();
        List<ApplicationUnit> units = applicationUnits.listByApplication(id);
        Set<Long> unitIds = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (ApplicationUnit unit : units) {
            long unitId = unitDirectory.resolve(new UnitDraft(unit.getUnitId(), unit.getName(), unit.getType(),
                    unit.getPartyOrgName(), unit.getCreditCode(), unit.getAddress(), unit.getLiaisonName(),
                    unit.getLiaisonPhone()));
            applicationUnits.setUnitId(unit.getId(), unitId);
            if (unitIds.add(unitId)) {
                names.add(unit.getName());
            }
        }
        long leadUnitId = unitIds.iterator().next();

        Cobuilding cobuilding = new Cobuilding();
        cobuilding.setPublicId(publicId());
        cobuilding.setName(request.name() != null && !request.name().isBlank()
                ? request.name().strip() : defaultName(names));
        cobuilding.setLeadUnitId(leadUnitId);
        cobuilding.setApplicationId(id);
        cobuilding.setStatus(CobuildingStatus.ACTIVE);
        cobuildings.insert(cobuilding);
        for (Long unitId : unitIds) {
            CobuildingUnit entry = new CobuildingUnit();
            entry.setCobuildingId(cobuilding.getId());
            entry.setUnitId(unitId);
            entry.setRole(unitId == leadUnitId ? UnitRole.LEAD : UnitRole.PARTNER);
            entry.setJoinedAt(now);
            cobuildingUnits.insert(entry);
        }
        Membership pioneer = new Membership();
        pioneer.setCobuildingId(cobuilding.getId());
        pioneer.setUserId(application.getApplicantUserId());
        pioneer.setUnitId(leadUnitId);
        pioneer.setRole(MemberRole.PIONEER);
        pioneer.setActive(true);
        pioneer.setJoinedAt(now);
        memberships.insert(pioneer);
        cobuildingHistory.insert(CobuildingHistory.byAdmin(cobuilding.getId(), null, CobuildingStatus.ACTIVE,
                caller.adminId(), "申报审核通过"));

        applications.setCobuilding(id, cobuilding.getId());
        audit.record(caller, "application.approve", "application", id,
                "创建先锋号 " + cobuilding.getId() + "：" + cobuilding.getName());
        events.publishEvent(new CobuildingCreated(cobuilding.getId(), cobuilding.getName(),
                application.getApplicantUserId(), leadUnitId));
        return new ApprovalView(applicationService.view(id), String.valueOf(cobuilding.getId()));
    }

    @Transactional
    ApplicationView returnForChanges(AdminCaller caller, long id, ReviewRequests.Return request) {
        access.require(caller, Permission.REVIEW_APPLICATIONS);
        Application application = reviewableLocked(id);
        moveTo(application, ApplicationStatus.RETURNED, caller, request.comment());
        audit.record(caller, "application.return", "application", id, request.comment());
        return applicationService.view(id);
    }

    @Transactional
    ApplicationView reject(AdminCaller caller, long id, ReviewRequests.Reject request) {
        access.require(caller, Permission.REVIEW_APPLICATIONS);
        Application application = reviewableLocked(id);
        moveTo(application, ApplicationStatus.REJECTED, caller, request.reason());
        audit.record(caller, "application.reject", "application", id, request.reason());
        return applicationService.view(id);
    }

    private void moveTo(Application application, ApplicationStatus to, AdminCaller caller, String comment) {
        ApplicationStatus from = application.getStatus();
        // The bureau decides only what was submitted; a withdrawn or decided application stays as it is.
        if (from != ApplicationStatus.SUBMITTED || !from.canMoveTo(to)) {
            throw new ApplicationStateConflictException(from, to);
        }
        application.setStatus(to);
        application.setReviewComment(comment == null || comment.isBlank() ? null : comment.strip());
        application.setDecidedAt(to == ApplicationStatus.RETURNED ? null : clock.instant());
        applications.recordReview(application.getId(), to, application.getReviewComment(),
                application.getDecidedAt());
        applicationHistory.insert(ApplicationHistory.byAdmin(application.getId(), from, to, caller.adminId(),
                application.getReviewComment()));
    }

    /** Drafts are private to the applicant: the bureau does not see them. */
    private Application reviewable(long id) {
        return reviewableOrNotFound(applications.selectById(id));
    }

    private Application reviewableLocked(long id) {
        return reviewableOrNotFound(applications.lockById(id));
    }

    private static Application reviewableOrNotFound(Application application) {
        if (application == null || application.getStatus() == ApplicationStatus.DRAFT) {
            throw new NotFoundException("申报不存在");
        }
        return application;
    }

    /**
     * "牵头单位·共建单位 先锋号", or "牵头单位 等 先锋号" when that is too long for the name column (100 characters);
     * a lead unit whose own name fills the column is shortened with an ellipsis.
     */
    static String defaultName(List<String> unitNames) {
        String suffix = " 先锋号";
        String joined = String.join("·", unitNames) + suffix;
        if (characters(joined) <= NAME_WIDTH) {
            return joined;
        }
        String others = unitNames.size() > 1 ? " 等" : "";
        String lead = unitNames.get(0);
        int room = NAME_WIDTH - characters(others + suffix);
        if (characters(lead) > room) {
            lead = lead.substring(0, lead.offsetByCodePoints(0, room - 1)) + "…";
        }
        return lead + others + suffix;
    }

    /** What a VARCHAR counts: code points, not Java chars. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    /** The id on the plaque's QR code: unguessable, so the public board cannot be walked by counting. */
    private static String publicId() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
