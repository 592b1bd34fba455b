package cn.xianfeng.activity;

import cn.xianfeng.activity.Activities.MemberAccess;
import cn.xianfeng.cobuild.CobuildingDirectory;
import cn.xianfeng.cobuild.CobuildingInfo;
import cn.xianfeng.cobuild.MemberRole;
import cn.xianfeng.shared.web.ForbiddenException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import cn.xianfeng.shared.web.RuleViolationException;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Activities as members see and run them: the pioneer and unit liaisons organise, every member checks in. */
@Service
class ActivityService {

    private final Activities reads;
    private final ActivityWrites writes;
    private final ActivityMapper activities;
    private final CheckinService checkins;
    private final Attendance attendance;
    private final ActivityCodes codes;
    private final CobuildingDirectory cobuildings;

    ActivityService(Activities reads, ActivityWrites writes, ActivityMapper activities, CheckinService checkins,
                    Attendance attendance, ActivityCodes codes, CobuildingDirectory cobuildings) {
        this.reads = reads;
        this.writes = writes;
        this.activities = activities;
        this.checkins = checkins;
        this.attendance = attendance;
        this.codes = codes;
        this.cobuildings = cobuildings;
    }

    /** Only the co-building's pioneer or a unit liaison (403); others who are not in it get 404. */
    Created<ActivityView> create(long userId, long cobuildingId, ActivityRequests.CreateActivity request) {
        MemberRole role = cobuildings.activeRole(cobuildingId, userId)
                .orElseThrow(() -> new cn.xianfeng.shared.web.NotFoundException("先锋号不存在"));
        CobuildingInfo cobuilding = cobuildings.find(cobuildingId)
                .orElseThrow(() -> new cn.xianfeng.shared.web.NotFoundException("先锋号不存在"));
        if (role != MemberRole.PIONEER && role != MemberRole.UNIT_LIAISON) {
            throw new ForbiddenException("只有科技党建先锋或共建联络员可以发起活动");
        }
        if (cobuilding.status().closed()) {
            throw new ActivityExceptions.CobuildingClosed();
        }
        if (request.type() == ActivityType.POLICY_SESSION) {
            throw new RuleViolationException("VALIDATION_FAILED", "活动类型不正确",
                    Map.of("type", "送政策上门由市科技局发起"));
        }
        Created<Long> created = writes.create(Actor.member(userId), List.of(cobuildingId), request);
        return new Created<>(view(userId, created.view()), created.isNew());
    }

    ActivityView update(long userId, long id, ActivityRequests.UpdateActivity request) {
        MemberAccess access = reads.forMemberManaging(id, userId);
        if (request.type() == ActivityType.POLICY_SESSION && access.activity().type() != ActivityType.POLICY_SESSION) {
            throw new RuleViolationException("VALIDATION_FAILED", "活动类型不正确",
                    Map.of("type", "送政策上门由市科技局发起"));
        }
        writes.update(Actor.member(userId), access.activity(), request);
        return view(userId, id);
    }

    ActivityView cancel(long userId, long id, String reason) {
        writes.cancel(Actor.member(userId), reads.forMemberManaging(id, userId).activity(), reason);
        return view(userId, id);
    }

    ActivityView view(long userId, long id) {
        MemberAccess access = reads.forMember(id, userId);
        return reads.view(access.activity(), userId, access.canManage());
    }

    /** The caller's co-buildings' activities (or one of them: 404 if it is not theirs). */
    PageResponse<ActivitySummary> list(long userId, ActivityWhen when, Long cobuildingId, PageQuery paging) {
        List<Long> mine = cobuildings.activeCobuildingIds(userId);
        if (cobuildingId != null) {
            if (!mine.contains(cobuildingId)) {
                throw new cn.xianfeng.shared.web.NotFoundException("先锋号不存在");
            }
            mine = List.of(cobuildingId);
        }
        Page<Activity> page = paging.toPage();
        if (mine.isEmpty()) {
            return PageResponse.all(page, List.of());
        }
        Page<Activity> rows = activities.pageForCobuildings(mine, when != ActivityWhen.PAST, reads.now(), page);
        return PageResponse.all(rows, reads.summaries(rows.getRecords(), userId));
    }

    Created<CheckinView> checkin(long userId, long id, ActivityRequests.Checkin request) {
        return checkins.checkin(userId, id, request);
    }

    RotatingCodeView rotatingCode(long userId, long id) {
        return codes.rotating(reads.forMemberManaging(id, userId).activity());
    }

    byte[] miniProgramCode(long userId, long id) {
        return codes.miniProgramCode(reads.forMember(id, userId).activity());
    }

    AttendanceView attendance(long userId, long id, AttendanceFilter filter, PageQuery paging) {
        return attendance.of(reads.forMemberManaging(id, userId).activity(), filter, paging);
    }

    CheckinView review(long userId, long id, long checkinId, ActivityRequests.Review request) {
        return checkins.review(Actor.member(userId), reads.forMemberManaging(id, userId).activity(), checkinId,
                request);
    }

    Created<CheckinView> onBehalf(long userId, long id, ActivityRequests.OnBehalf request) {
        return checkins.onBehalf(Actor.member(userId), reads.forMemberManaging(id, userId).activity(), request);
    }
}
