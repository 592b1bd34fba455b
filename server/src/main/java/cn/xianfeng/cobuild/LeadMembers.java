package cn.xianfeng.cobuild;

import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The people who answer for co-buildings to the bureau: their active 科技党建先锋 and unit liaisons, by name. Two
 * queries for any number of co-buildings; no phone numbers.
 */
@Component
public class LeadMembers {

    /** One of them: the co-building, the person, their role (PIONEER or UNIT_LIAISON) and when they joined. */
    public record LeadMember(long cobuildingId, long userId, MemberRole role, String displayName, Instant joinedAt) {
    }

    private final MembershipMapper memberships;
    private final MemberDirectory members;

    LeadMembers(MembershipMapper memberships, MemberDirectory members) {
        this.memberships = memberships;
        this.members = members;
    }

    /** The leads of these co-buildings, by co-building and membership order. */
    public List<LeadMember> of(Collection<Long> cobuildingIds) {
        if (cobuildingIds.isEmpty()) {
            return List.of();
        }
        List<Membership> rows = memberships.selectList(Wrappers.<Membership>lambdaQuery()
                .in(Membership::getCobuildingId, cobuildingIds).eq(Membership::getActive, true)
                .in(Membership::getRole, MemberRole.PIONEER, MemberRole.UNIT_LIAISON)
                .orderByAsc(Membership::getCobuildingId).orderByAsc(Membership::getId));
        Map<Long, MemberInfo> infos = members.findAll(rows.stream().map(Membership::getUserId).distinct().toList());
        return rows.stream().map(m -> {
            MemberInfo info = infos.get(m.getUserId());
            return new LeadMember(m.getCobuildingId(), m.getUserId(), m.getRole(),
                    info == null ? "成员" + m.getUserId() : info.displayName(), m.getJoinedAt());
        }).toList();
    }
}
