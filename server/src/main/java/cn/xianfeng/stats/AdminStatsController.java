package cn.xianfeng.stats;

import cn.xianfeng.cobuild.CobuildingStatus;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bureau's statistics. Periods are whole months ({@code from=2026-03&to=2026-08}, both optional: the last six
 * whole months and the current one by default, at most 36).
 */
@RestController
@RequestMapping("/api/admin/stats")
class AdminStatsController {

    private final AdminStatsService stats;

    AdminStatsController(AdminStatsService stats) {
        this.stats = stats;
    }

    @GetMapping("/overview")
    StatsOverview overview(AdminCaller caller, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to) {
        return stats.overview(caller, from, to);
    }

    @GetMapping("/cobuildings")
    PageResponse<CobuildingStatsRow> cobuildings(AdminCaller caller, @RequestParam(required = false) String from,
                                                 @RequestParam(required = false) String to,
                                                 @RequestParam(required = false) CobuildingStatus status,
                                                 @RequestParam(required = false) UnitType unitType,
                                                 @RequestParam(required = false) Long liaisonId,
                                                 @RequestParam(required = false) String sort,
                                                 @RequestParam(required = false) String order,
                                                 @Valid PageQuery page) {
        return stats.table(caller, new AdminStatsService.TableQuery(from, to, status, unitType, liaisonId, sort,
                order), page);
    }

    @GetMapping("/trends")
    StatsTrends trends(AdminCaller caller, @RequestParam(required = false) String from,
                       @RequestParam(required = false) String to) {
        return stats.trends(caller, from, to);
    }

    @GetMapping("/at-risk")
    AtRiskList atRisk(AdminCaller caller, @RequestParam(required = false) Long liaisonId) {
        return stats.atRisk(caller, liaisonId);
    }

    @PostMapping("/reconcile")
    ReconciliationReport reconcile(AdminCaller caller) {
        return stats.reconcile(caller);
    }
}
