package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's side of rectifications: the list and each one (a LIAISON: those of their co-buildings), and the
 * re-check that ends one — passed gives the plaque back (or makes the co-building active again if it never had one),
 * failed delists it — applied through {@link Plaques} like an evaluation round's verdicts.
 */
@Service
class AdminRectificationService {

    static final String REVIEW_OCCASION_SUFFIX = "整改复查";

    private final RectificationMapper rectifications;
    private final CobuildingMapper cobuildings;
    private final RectificationViews views;
    private final Plaques plaques;
    private final AdminAccess access;
    private final AuditLog audit;
    private final Clock clock;

    AdminRectificationService(RectificationMapper rectifications, CobuildingMapper cobuildings,
                              RectificationViews views, Plaques plaques, AdminAccess access, AuditLog audit,
                              Clock clock) {
        this.rectifications = rectifications;
        this.cobuildings = cobuildings;
        this.views = views;
        this.plaques = plaques;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    PageResponse<RectificationSummary> list(AdminCaller caller, RectificationStatus status, Boolean overdue,
                                            PageQuery query) {
        AdminScope scope = access.require(caller, Permission.READ_RECTIFICATIONS);
        Page<Rectification> page = rectifications.pageByFilter(scope.seesAll() ? null : scope.liaisonId(), status,
                overdue, query.toPage());
        Map<Long, Cobuilding> byId = new HashMap<>();
        var ids = page.getRecords().stream().map(Rectification::getCobuildingId).distinct().toList();
        if (!ids.isEmpty()) {
            cobuildings.selectByIds(ids).forEach(c -> byId.put(c.getId(), c));
        }
        return PageResponse.of(page, r -> {
            Cobuilding c = byId.get(r.getCobuildingId());
            return new RectificationSummary(String.valueOf(r.getId()), String.valueOf(r.getCobuildingId()),
                    c == null ? null : c.getName(),
                    c == null || c.getBureauLiaisonId() == null ? null : String.valueOf(c.getBureauLiaisonId()),
                    r.getOccasion(), r.getDeadline(), r.getStatus(), r.getOverdueAt() != null,
                    ApiTime.of(r.getSubmittedAt()), ApiTime.of(r.getReviewedAt()));
        });
    }

    RectificationView get(AdminCaller caller, long rectificationId) {
        AdminScope scope = access.require(caller, Permission.READ_RECTIFICATIONS);
        Rectification r = rectifications.selectById(rectificationId);
        Cobuilding c = r == null ? null : cobuildings.selectById(r.getCobuildingId());
        if (c == null || !scope.reaches(c.getBureauLiaisonId())) {
            throw new RectificationExceptions.NotFound();
        }
        return views.bureauView(r, c.getName());
    }

    /**
     * Only a SUBMITTED rectification is reviewed, or an OPEN one past its deadline (nothing came: it can only fail).
     * The co-building is locked before the rectification, in the order {@link Plaques#decide} locks them.
     */
    @Transactional
    RectificationView review(AdminCaller caller, long rectificationId, RectificationRequests.Review request) {
        AdminScope scope = access.require(caller, Permission.REVIEW_RECTIFICATIONS);
        Rectification unlocked = rectifications.selectById(rectificationId);
        Cobuilding c = unlocked == null ? null : cobuildings.lockById(unlocked.getCobuildingId());
        if (c == null || !scope.reaches(c.getBureauLiaisonId())) {
            throw new RectificationExceptions.NotFound();
        }
        Rectification r = rectifications.lockById(rectificationId);
        boolean passed = request.passed();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ApiTime.DISPLAY_ZONE);
        boolean missed = r.getStatus() == RectificationStatus.OPEN && today.isAfter(r.getDeadline());
        if (r.getStatus() != RectificationStatus.SUBMITTED && !(missed && !passed)) {
            throw new RectificationExceptions.NotReviewable(!r.getStatus().open() ? "整改已复查"
                    : missed ? "未提交整改报告，只能判定为未通过" : "整改报告尚未提交，期限内不能复查");
        }
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        plaques.decide(r.getCobuildingId(), passed ? PlaqueDecision.RECTIFICATION_PASSED
                        : PlaqueDecision.RECTIFICATION_FAILED, null, r.getOccasion() + REVIEW_OCCASION_SUFFIX,
                "rectification:" + r.getId(), comment, caller.adminId());
        audit.record(caller, "rectification.review", "rectification", rectificationId,
                (passed ? "整改通过" : "整改未通过，摘牌") + (comment == null ? "" : "：" + comment));
        return views.bureauView(rectifications.selectById(rectificationId), c.getName());
    }
}
