package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ConflictException;

/** The co-building's status does not allow this plaque decision (e.g. AWARD on a delisted one). */
public class PlaqueTransitionException extends ConflictException {

    private final long cobuildingId;

    PlaqueTransitionException(long cobuildingId, String name, CobuildingStatus status, PlaqueDecision decision) {
        super("PLAQUE_TRANSITION_INVALID", "先锋号“" + name + "”当前状态（" + StatusNames.of(status) + "）不能“"
                + decision.label() + "”");
        this.cobuildingId = cobuildingId;
    }

    /** Which co-building refused: a caller applying many decisions names it. */
    public long cobuildingId() {
        return cobuildingId;
    }
}
