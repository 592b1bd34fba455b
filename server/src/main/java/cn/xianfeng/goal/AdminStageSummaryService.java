package cn.xianfeng.goal;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.stereotype.Service;

/** Stage summaries as the bureau reads them (a LIAISON: their own co-buildings). */
@Service
class AdminStageSummaryService {

    private final GoalAccess access;
    private final StageSummaryViews views;

    AdminStageSummaryService(GoalAccess access, StageSummaryViews views) {
        this.access = access;
        this.views = views;
    }

    StageSummaryList list(AdminCaller caller, long cobuildingId) {
        access.adminReads(caller, cobuildingId);
        return views.list(cobuildingId, false);
    }
}
