package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccessChanged;
import cn.xianfeng.admin.AdminRole;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An assignment of a 局共建联络员 does not outlive the role: when the admin loses LIAISON or is disabled, the
 * co-buildings they followed become vacant (局联络员待指派) until the bureau assigns someone else, with a history row
 * saying why. Synchronous on purpose: it runs in the account change's transaction, so a liaison is never left half
 * removed. Re-enabling the account or granting the role back assigns nothing by itself.
 */
@Component
class LiaisonVacancies {

    private final CobuildingMapper cobuildings;
    private final CobuildingHistoryMapper history;

    LiaisonVacancies(CobuildingMapper cobuildings, CobuildingHistoryMapper history) {
        this.cobuildings = cobuildings;
        this.history = history;
    }

    @EventListener
    void on(AdminAccessChanged changed) {
        if (changed.holds(AdminRole.LIAISON)) {
            return;
        }
        String reason = changed.enabled() ? "局共建联络员已不再担任该角色，局联络员待指派"
                : "局共建联络员账号已停用，局联络员待指派";
        for (Cobuilding cobuilding : cobuildings.lockByLiaison(changed.adminId())) {
            if (cobuildings.vacateLiaison(cobuilding.getId(), changed.adminId()) == 1) {
                // The status stays: the entry records the vacancy, not a change of status.
                history.insert(CobuildingHistory.byAdmin(cobuilding.getId(), cobuilding.getStatus(),
                        cobuilding.getStatus(), changed.changedBy(), reason));
            }
        }
    }
}
