package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;

/**
 * A line of a co-building's membership history, for its pioneer. {@code invitationId} is the invitation a JOINED
 * person came in with; {@code actorUserId} is who acted (the person themself, or the pioneer).
 */
public record MembershipHistorySummary(String userId, String unitId, MembershipEvent event, MemberRole role,
                                    String actorUserId, String invitationId, OffsetDateTime at) {

    static MembershipHistorySummary of(MembershipHistory entry) {
        return new MembershipHistorySummary(String.valueOf(entry.getUserId()), String.valueOf(entry.getUnitId()),
                entry.getEvent(), entry.getRole(), String.valueOf(entry.getActorUserId()),
                entry.getInvitationId() == null ? null : String.valueOf(entry.getInvitationId()),
                ApiTime.of(entry.getCreatedAt()));
    }
}
