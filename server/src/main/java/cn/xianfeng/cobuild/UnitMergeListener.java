package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Repoints this feature's references when the bureau merges a duplicate unit. Synchronous on purpose: it runs in the
 * merge's transaction, so a merge is never half done.
 */
@Component
class UnitMergeListener {

    private final ApplicationUnitMapper applicationUnits;
    private final CobuildingMapper cobuildings;
    private final CobuildingUnitMapper cobuildingUnits;
    private final MembershipMapper memberships;
    private final InvitationMapper invitations;
    private final MembershipHistoryMapper membershipHistory;

    UnitMergeListener(ApplicationUnitMapper applicationUnits, CobuildingMapper cobuildings,
                      CobuildingUnitMapper cobuildingUnits, MembershipMapper memberships,
                      InvitationMapper invitations, MembershipHistoryMapper membershipHistory) {
        this.applicationUnits = applicationUnits;
        this.cobuildings = cobuildings;
        this.cobuildingUnits = cobuildingUnits;
        this.memberships = memberships;
        this.invitations = invitations;
        this.membershipHistory = membershipHistory;
    }

    @EventListener
    void on(UnitsMerged merged) {
        long from = merged.duplicateId();
        long to = merged.survivorId();
        applicationUnits.repointUnit(from, to);
        cobuildings.repointLeadUnit(from, to);
        // A co-building that had both units keeps the survivor's row; the duplicate's row goes.
        cobuildingUnits.repointUnit(from, to);
        cobuildingUnits.deleteLeftovers(from);
        memberships.repointUnit(from, to);
        invitations.repointUnit(from, to);
        membershipHistory.repointUnit(from, to);
    }
}
