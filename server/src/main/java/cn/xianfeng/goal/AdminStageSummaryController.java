package cn.xianfeng.goal;

import cn.xianfeng.shared.security.AdminCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A co-building's stage summaries for the bureau. */
@RestController
class AdminStageSummaryController {

    private final AdminStageSummaryService summaries;

    AdminStageSummaryController(AdminStageSummaryService summaries) {
        this.summaries = summaries;
    }

    @GetMapping("/api/admin/cobuildings/{cobuildingId}/stage-summaries")
    StageSummaryList list(AdminCaller caller, @PathVariable long cobuildingId) {
        return summaries.list(caller, cobuildingId);
    }
}
