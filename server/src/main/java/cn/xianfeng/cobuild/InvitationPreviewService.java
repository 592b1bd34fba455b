package cn.xianfeng.cobuild;

import cn.xianfeng.auth.MemberNicknames;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Where an invitation code leads, shown before joining. A code that joining would refuse is refused here with the
 * same problem, checked in the same order as {@link MembershipService#join}, so the join page can say why before the
 * member taps 加入. Nothing is written: previewing uses up nothing.
 */
@Service
class InvitationPreviewService {

    private final InvitationMapper invitations;
    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;
    private final UnitDirectory units;
    private final MemberNicknames nicknames;
    private final Clock clock;

    InvitationPreviewService(InvitationMapper invitations, CobuildingMapper cobuildings, MembershipMapper memberships,
                       UnitDirectory units, MemberNicknames nicknames, Clock clock) {
        this.invitations = invitations;
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.units = units;
        this.nicknames = nicknames;
        this.clock = clock;
    }

    InvitationPreview preview(long userId, String rawCode) {
        String code = MembershipService.normalizeCode(rawCode);
        Invitation invitation = code == null ? null : invitations.findByCode(code);
        if (invitation == null) {
            throw new NotFoundException("INVITATION_NOT_FOUND", "邀请码不存在，请核对后重新输入");
        }
        Cobuilding cobuilding = cobuildings.selectById(invitation.getCobuildingId());
        Membership existing = memberships.findByCobuildingAndUser(cobuilding.getId(), userId);
        boolean alreadyIn = existing != null && existing.getActive();
        if (!alreadyIn) {
            refuseAsJoinWould(userId, invitation, cobuilding, existing);
        }
        List<Membership> active = memberships.listActiveByCobuilding(cobuilding.getId());
        String pioneerName = active.stream().filter(m -> m.getRole() == MemberRole.PIONEER).findFirst()
                .flatMap(pioneer -> nicknames.of(pioneer.getUserId())).orElse(null);
        String leadUnitName = units.find(cobuilding.getLeadUnitId()).map(UnitInfo::name).orElse(null);
        return new InvitationPreview(cobuilding.getName(), leadUnitName, active.size(), pioneerName);
    }

    private void refuseAsJoinWould(long userId, Invitation invitation, Cobuilding cobuilding, Membership existing) {
        if (cobuilding.getStatus().closed()) {
            throw new CobuildingClosedException();
        }
        if (invitation.getRevoked()) {
            throw InvitationUnusableException.revoked();
        }
        if (existing != null && existing.getRemovedAt() != null
                && !memberships.invitedSinceRemoval(existing.getId(), invitation.getId())) {
            throw new MemberRemovedException();
        }
        if (!invitation.getExpiresAt().isAfter(clock.instant())) {
            throw InvitationUnusableException.expired();
        }
        if (invitation.getRole() == MemberRole.UNIT_LIAISON
                && memberships.findActiveLiaison(cobuilding.getId(), invitation.getUnitId()) != null) {
            throw new ConflictException("UNIT_LIAISON_TAKEN", "该单位已有共建联络员");
        }
        if (invitation.getUses() >= invitation.getMaxUses()) {
            throw InvitationUnusableException.usedUp();
        }
    }
}
