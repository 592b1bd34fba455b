package cn.xianfeng.cobuild;

import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The one way a co-building's status moves: the new status, the history entry (who, when, why) and, when it closes
 * (退出, 摘牌), every unit's exit with the same reason. The caller holds the co-building's row lock.
 */
@Component
class CobuildingStatusChanges {

    private final CobuildingMapper cobuildings;
    private final CobuildingUnitMapper cobuildingUnits;
    private final CobuildingHistoryMapper history;
    private final Clock clock;

    CobuildingStatusChanges(CobuildingMapper cobuildings, CobuildingUnitMapper cobuildingUnits,
                            CobuildingHistoryMapper history, Clock clock) {
        this.cobuildings = cobuildings;
        this.cobuildingUnits = cobuildingUnits;
        this.history = history;
        this.clock = clock;
    }

    void apply(CobuildingHistory entry) {
        long cobuildingId = entry.getCobuildingId();
        CobuildingStatus from = entry.getFromStatus();
        CobuildingStatus to = entry.getToStatus();
        if (from != to) {
            cobuildings.setStatus(cobuildingId, to);
        }
        if (to.closed() && (from == null || !from.closed())) {
            cobuildingUnits.leaveAll(cobuildingId, clock.instant(), entry.getReason());
        }
        history.insert(entry);
    }
}
