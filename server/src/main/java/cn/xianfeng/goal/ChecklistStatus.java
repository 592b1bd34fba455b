package cn.xianfeng.goal;

/**
 * Where a checklist tick stands: TICKED (claimed by the co-building, 待确认), CONFIRMED or REJECTED by the bureau.
 * A REJECTED tick may be ticked again (→ TICKED); a CONFIRMED one is final for the co-building.
 */
public enum ChecklistStatus {
    TICKED,
    CONFIRMED,
    REJECTED
}
