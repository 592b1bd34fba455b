package cn.xianfeng.activity;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AdminScope;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.RuleViolationException;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Activities for the bureau: its own sessions (送政策上门 and others) for several co-buildings, and oversight of every
 * co-building's activities (a LIAISON: of the co-buildings assigned to them). Every write is in the audit log.
 */
@Service
class AdminActivityService {

    private final Activities reads;
    private final ActivityWrites writes;
    private final ActivityMapper activities;
    private final CheckinService checkins;
    private final Attendance attendance;
    private final ActivityCodes codes;
    private final CobuildingDirectory cobuildings;
    private final AdminAccess access;

    AdminActivityService(Activities reads, ActivityWrites writes, ActivityMapper activities, CheckinService checkins,
                         Attendance attendance, ActivityCodes codes, CobuildingDirectory cobuildings,
                         AdminAccess access) {
        this.reads = reads;
        this.writes = writes;
        this.activities = activities;
        this.checkins = checkins;
        this.attendance = attendance;
        this.codes = codes;
        this.cobuildings = cobuildings;
        this.access = access;
    }

    Created<ActivityView> create(AdminCaller caller, ActivityRequests.CreateBureauActivity request) {
        AdminScope scope = access.require(caller, Permission.MANAGE_ACTIVITIES);
        List<Long> ids = request.cobuildingIds().stream().map(Long::valueOf).distinct().toList();
        Map<Long, CobuildingInfo> found = cobuildings.findAll(ids);
        if (found.size() != ids.size() || !found.values().stream().allMatch(c -> scope.reaches(c.bureauLiaisonId()))) {
            throw new RuleViolationException("VALIDATION_FAILED", "先锋号不正确",
                    Map.of("cobuildingIds", "有先锋号不存在或不在你的负责范围内"));
        }
        if (found.values().stream().anyMatch(c -> c.status().closed())) {
            throw new ActivityExceptions.CobuildingClosed();
        }
        Created<Long> created = writes.create(Actor.admin(caller), ids, request.asActivity());
        return new Created<>(view(caller, created.view()), created.isNew());
    }

    ActivityView update(AdminCaller caller, long id, ActivityRequests.UpdateActivity request) {
        writes.update(Actor.admin(caller), reads.forAdmin(caller, id, Permission.MANAGE_ACTIVITIES), request);
        return view(caller, id);
    }

    ActivityView cancel(AdminCaller caller, long id, String reason) {
        writes.cancel(Actor.admin(caller), reads.forAdmin(caller, id, Permission.MANAGE_ACTIVITIES), reason);
        return view(caller, id);
    }

    ActivityView view(AdminCaller caller, long id) {
        ActivityState a = reads.forAdmin(caller, id, Permission.READ_ACTIVITIES);
        return reads.view(a, null, reads.adminCanManage(caller, a));
    }

    PageResponse<ActivitySummary> list(AdminCaller caller, ActivityType type, Long cobuildingId,
                                       OffsetDateTime from, OffsetDateTime to, ActivityStatus status,
                                       PageQuery paging) {
        AdminScope scope = access.require(caller, Permission.READ_ACTIVITIES);
        List<Long> cobuildingIds = null;
        if (!scope.seesAll()) {
            cobuildingIds = cobuildings.assignedToLiaison(scope.liaisonId());
        }
        if (cobuildingId != null) {
            cobuildingIds = cobuildingIds == null || cobuildingIds.contains(cobuildingId) ? List.of(cobuildingId)
                    : List.of();
        }
        Page<Activity> rows = activities.pageByFilter(new AdminActivityFilter(type, cobuildingIds,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), status), reads.now(),
                paging.toPage());
        return PageResponse.all(rows, reads.summaries(rows.getRecords(), null));
    }

    RotatingCodeView rotatingCode(AdminCaller caller, long id) {
        return codes.rotating(reads.forAdmin(caller, id, Permission.MANAGE_ACTIVITIES));
    }

    byte[] miniProgramCode(AdminCaller caller, long id) {
        return codes.miniProgramCode(reads.forAdmin(caller, id, Permission.READ_ACTIVITIES));
    }

    AttendanceView attendance(AdminCaller caller, long id, AttendanceFilter filter, PageQuery paging) {
        return attendance.of(reads.forAdmin(caller, id, Permission.READ_ACTIVITIES), filter, paging);
    }

    CheckinView review(AdminCaller caller, long id, long checkinId, ActivityRequests.Review request) {
        return checkins.review(Actor.admin(caller), reads.forAdmin(caller, id, Permission.MANAGE_ACTIVITIES),
                checkinId, request);
    }

    Created<CheckinView> onBehalf(AdminCaller caller, long id, ActivityRequests.OnBehalf request) {
        return checkins.onBehalf(Actor.admin(caller), reads.forAdmin(caller, id, Permission.MANAGE_ACTIVITIES),
                request);
    }
}
