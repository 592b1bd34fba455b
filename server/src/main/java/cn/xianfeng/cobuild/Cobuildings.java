package cn.xianfeng.cobuild;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask about co-buildings and who is in them. */
@Service
public class Cobuildings {

    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;

    Cobuildings(CobuildingMapper cobuildings, MembershipMapper memberships) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
    }

    /** The member's role if they are an active member of the co-building. */
    @Transactional(readOnly = true)
    public Optional<MemberRole> activeRole(long cobuildingId, long userId) {
        Membership membership = memberships.find(cobuildingId, userId);
        return membership != null && membership.getActive() ? Optional.of(membership.getRole()) : Optional.empty();
    }

    /** The co-buildings the member is actively in, newest membership first. */
    @Transactional(readOnly = true)
    public List<Long> activeCobuildingIds(long userId) {
        return memberships.activeOfUser(userId).stream().map(Membership::getCobuildingId).toList();
    }

    /** Everyone actively in the co-building: who a group message is delivered to. */
    @Transactional(readOnly = true)
    public List<Long> activeMemberIds(long cobuildingId) {
        return memberships.activeOfCobuilding(cobuildingId).stream().map(Membership::getUserId).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Summary> find(long cobuildingId) {
        Cobuilding cobuilding = cobuildings.selectById(cobuildingId);
        return Optional.ofNullable(cobuilding).map(c -> new Summary(c.getId(), c.getName(), c.getStatus(),
                c.getBureauLiaisonId()));
    }

    public record Summary(long id, String name, CobuildingStatus status, Long bureauLiaisonId) {
    }
}
