package cn.xianfeng.cobuild;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Where an invitation code leads, shown before joining. A code that joining would refuse is refused here with the
 * same problem, checked in the same order as {@link MembershipService#join}, so the join page can say why before the
 * member taps 加入. Nothing is written: previewing uses up nothing.
 */
@Service
class InvitationPreviewService {

    private final InvitationChecks checks;
    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;
    private final UnitDirectory units;
    private final MemberDirectory members;

    InvitationPreviewService(InvitationChecks checks, CobuildingMapper cobuildings, MembershipMapper memberships,
                             UnitDirectory units, MemberDirectory members) {
        this.checks = checks;
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.units = units;
        this.members = members;
    }

    InvitationPreview preview(long userId, String rawCode) {
        String code = MembershipService.normalizeCode(rawCode);
        Invitation invitation = checks.find(code);
        Cobuilding cobuilding = cobuildings.selectById(invitation.getCobuildingId());
        Membership existing = memberships.findByCobuildingAndUser(cobuilding.getId(), userId);
        boolean alreadyIn = existing != null && existing.getActive();
        if (!alreadyIn) {
            refuseAsJoinWould(invitation, cobuilding, existing);
        }
        List<Membership> active = memberships.listActiveByCobuilding(cobuilding.getId());
        String pioneerName = active.stream().filter(m -> m.getRole() == MemberRole.PIONEER).findFirst()
                .flatMap(pioneer -> members.nickname(pioneer.getUserId())).orElse(null);
        String leadUnitName = units.find(cobuilding.getLeadUnitId()).map(UnitInfo::name).orElse(null);
        return new InvitationPreview(cobuilding.getName(), leadUnitName, active.size(), pioneerName);
    }

    private void refuseAsJoinWould(Invitation invitation, Cobuilding cobuilding, Membership existing) {
        checks.refuseUnusable(invitation, cobuilding, existing);
        if (invitation.getUses() >= invitation.getMaxUses()) {
            throw InvitationUnusableException.usedUp();
        }
    }
}
