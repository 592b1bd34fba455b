package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiTime;
import java.time.Instant;
import java.time.OffsetDateTime;

/** An invitation as its pioneer sees it; {@code usable} says whether it would admit someone now. */
public record InvitationView(String id, String code, MemberRole role, String unitId, String unitName,
                             OffsetDateTime expiresAt, int maxUses, int uses, boolean revoked, boolean usable) {

    static InvitationView of(Invitation invitation, String unitName, Instant now) {
        boolean usable = !invitation.getRevoked() && invitation.getUses() < invitation.getMaxUses()
                && invitation.getExpiresAt().isAfter(now);
        return new InvitationView(String.valueOf(invitation.getId()), invitation.getCode(), invitation.getRole(),
                String.valueOf(invitation.getUnitId()), unitName, ApiTime.of(invitation.getExpiresAt()),
                invitation.getMaxUses(), invitation.getUses(), invitation.getRevoked(), usable);
    }
}
