package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingFilter.LeadUnits;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.RuleViolationException;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau's side of co-buildings: all of them (a liaison: theirs), a unit's record, liaison and withdrawal. */
@Service
class AdminCobuildingService {

    private final CobuildingMapper cobuildings;
    private final CobuildingUnitMapper cobuildingUnits;
    private final CobuildingHistoryMapper history;
    private final CobuildingViews views;
    private final UnitDirectory units;
    private final AdminAccess access;
    private final AuditLog audit;
    private final CobuildingStatusChanges statusChanges;
    private final MemberDirectory members;

    AdminCobuildingService(CobuildingMapper cobuildings, CobuildingUnitMapper cobuildingUnits,
                           CobuildingHistoryMapper history, CobuildingViews views, UnitDirectory units,
                           AdminAccess access, AuditLog audit, CobuildingStatusChanges statusChanges,
                           MemberDirectory members) {
        this.cobuildings = cobuildings;
        this.cobuildingUnits = cobuildingUnits;
        this.history = history;
        this.views = views;
        this.units = units;
        this.access = access;
        this.audit = audit;
        this.statusChanges = statusChanges;
        this.members = members;
    }

    PageResponse<CobuildingSummary> list(AdminCaller caller, CobuildingStatus status, UnitType unitType,
                                         Boolean liaisonVacant, PageQuery query) {
        AdminScope scope = access.require(caller, Permission.READ_COBUILDINGS);
        LeadUnits leadUnits = unitType == null ? LeadUnits.ANY : LeadUnits.among(units.idsOfType(unitType));
        Page<Cobuilding> page = cobuildings.pageByFilter(
                new CobuildingFilter(scope, status, leadUnits, liaisonVacant), query.toPage());
        List<Long> leadUnitIds = page.getRecords().stream().map(Cobuilding::getLeadUnitId).distinct().toList();
        Map<Long, UnitInfo> unitInfo = units.findAll(leadUnitIds);
        return PageResponse.of(page, c -> views.summary(c, null, unitInfo));
    }

    CobuildingView adminView(AdminCaller caller, long cobuildingId) {
        return views.bureauView(visibleTo(caller, cobuildingId));
    }

    /** Every status change with who, when and why (evaluation verdicts and rectification reviews too), newest first. */
    List<CobuildingHistoryView> history(AdminCaller caller, long cobuildingId) {
        visibleTo(caller, cobuildingId);
        List<CobuildingHistory> rows = history.listByCobuildingNewestFirst(cobuildingId);
        Map<Long, String> adminNames = access.displayNames(rows.stream()
                .filter(h -> h.getActorType() == ActorType.ADMIN).map(CobuildingHistory::getActorId).distinct()
                .toList());
        Map<Long, MemberInfo> memberNames = members.findAll(rows.stream()
                .filter(h -> h.getActorType() == ActorType.MEMBER).map(CobuildingHistory::getActorId).distinct()
                .toList());
        return rows.stream().map(h -> {
            String name = h.getActorType() == ActorType.ADMIN ? adminNames.get(h.getActorId())
                    : memberNames.containsKey(h.getActorId()) ? memberNames.get(h.getActorId()).displayName() : null;
            return new CobuildingHistoryView(String.valueOf(h.getId()), h.getFromStatus(), h.getToStatus(),
                    h.getDecision(), h.getSourceRef(), h.getActorType().name(), String.valueOf(h.getActorId()), name,
                    h.getReason(), ApiTime.of(h.getCreatedAt()));
        }).toList();
    }

    /** Every co-building a unit took part in, with its entry and exit: the unit's record in the programme. */
    List<UnitParticipation> participationOf(AdminCaller caller, long unitId) {
        access.require(caller, Permission.READ_UNITS);
        if (units.find(unitId).isEmpty()) {
            throw new NotFoundException("单位不存在");
        }
        List<UnitParticipation> result = new ArrayList<>();
        for (CobuildingUnit row : cobuildingUnits.listByUnit(unitId)) {
            Cobuilding c = cobuildings.selectById(row.getCobuildingId());
            result.add(new UnitParticipation(String.valueOf(c.getId()), c.getName(), c.getStatus(), row.getRole(),
                    ApiTime.of(row.getJoinedAt()), ApiTime.of(row.getLeftAt()), row.getLeftReason()));
        }
        return result;
    }

    /** 局共建联络员: one bureau party member follows this co-building one-to-one. */
    @Transactional
    CobuildingView assignLiaison(AdminCaller caller, long cobuildingId, long liaisonAdminId) {
        access.require(caller, Permission.MANAGE_COBUILDINGS);
        Cobuilding cobuilding = locked(cobuildingId);
        if (cobuilding.getStatus().closed()) {
            throw new CobuildingClosedException();
        }
        if (!access.isActiveWithRole(liaisonAdminId, AdminRole.LIAISON)) {
            throw new RuleViolationException("NOT_A_LIAISON", "只能指定具有“局共建联络员”角色且已启用的账号",
                    Map.of("adminId", "该账号不是局共建联络员"));
        }
        Long before = cobuilding.getBureauLiaisonId();
        cobuildings.setBureauLiaison(cobuildingId, liaisonAdminId);
        audit.record(caller, "cobuilding.assign-liaison", "cobuilding", cobuildingId,
                "局共建联络员 " + (before == null ? "无" : before) + " → " + liaisonAdminId);
        return views.bureauView(cobuildings.selectById(cobuildingId));
    }

    /**
     * 退出: the co-building is closed and every unit's exit is recorded with the reason. Members keep read access
     * to its history but can no longer change anything.
     */
    @Transactional
    CobuildingView withdraw(AdminCaller caller, long cobuildingId, String reason) {
        access.require(caller, Permission.MANAGE_COBUILDINGS);
        Cobuilding cobuilding = locked(cobuildingId);
        if (cobuilding.getStatus().closed()) {
            throw new CobuildingClosedException();
        }
        statusChanges.apply(CobuildingHistory.byAdmin(cobuildingId, cobuilding.getStatus(),
                CobuildingStatus.WITHDRAWN, caller.adminId(), reason));
        audit.record(caller, "cobuilding.withdraw", "cobuilding", cobuildingId, reason);
        return views.bureauView(cobuildings.selectById(cobuildingId));
    }

    /** The co-building if the admin may read it (a LIAISON only those assigned to them); 404 otherwise. */
    Cobuilding visibleTo(AdminCaller caller, long cobuildingId) {
        AdminScope scope = access.require(caller, Permission.READ_COBUILDINGS);
        Cobuilding cobuilding = cobuildings.selectById(cobuildingId);
        if (cobuilding == null || !scope.reaches(cobuilding.getBureauLiaisonId())) {
            throw new NotFoundException("先锋号不存在");
        }
        return cobuilding;
    }

    private Cobuilding locked(long cobuildingId) {
        Cobuilding cobuilding = cobuildings.lockById(cobuildingId);
        if (cobuilding == null) {
            throw new NotFoundException("先锋号不存在");
        }
        return cobuilding;
    }
}
