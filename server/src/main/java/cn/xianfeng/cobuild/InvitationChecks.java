package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * What a code must pass before anyone joins with it, in the order a person is told about it. Joining and the preview
 * before it ask the same questions, so a preview never promises what the join then refuses.
 */
@Component
class InvitationChecks {

    private final InvitationMapper invitations;
    private final MembershipMapper memberships;
    private final Clock clock;

    InvitationChecks(InvitationMapper invitations, MembershipMapper memberships, Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** The invitation of a normalised code (null: the code could not be one), or 404 INVITATION_NOT_FOUND. */
    Invitation find(String code) {
        Invitation invitation = code == null ? null : invitations.findByCode(code);
        if (invitation == null) {
            throw new NotFoundException("INVITATION_NOT_FOUND", "邀请码不存在，请核对后重新输入");
        }
        return invitation;
    }

    /**
     * Refuses a code that cannot let this person in now: the co-building closed, the invitation revoked, the person
     * removed since (unless invited after that), the code expired, or the unit's liaison place taken. Whether a use
     * is left is the caller's: joining takes one atomically, a preview only looks.
     */
    void refuseUnusable(Invitation invitation, Cobuilding cobuilding, Membership existing) {
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
    }
}
