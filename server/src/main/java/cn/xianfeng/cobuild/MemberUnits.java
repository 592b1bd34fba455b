package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Which unit people belong to in co-buildings, for lists of many people at once (attendance, check-in exports): two
 * statements per call whatever the number of people. Memberships that ended count too: a check-in from last year
 * keeps the unit its member came from.
 */
@Component
public class MemberUnits {

    private final MembershipMapper memberships;
    private final UnitDirectory units;

    MemberUnits(MembershipMapper memberships, UnitDirectory units) {
        this.memberships = memberships;
        this.units = units;
    }

    /** Every membership of these people in these co-buildings, with its unit's name. */
    public List<MemberUnit> of(Collection<Long> cobuildingIds, Collection<Long> userIds) {
        if (cobuildingIds.isEmpty() || userIds.isEmpty()) {
            return List.of();
        }
        List<Membership> rows = memberships.selectList(Wrappers.<Membership>lambdaQuery()
                .select(Membership::getCobuildingId, Membership::getUserId, Membership::getUnitId)
                .in(Membership::getCobuildingId, cobuildingIds).in(Membership::getUserId, userIds));
        Map<Long, UnitInfo> named = units.findAll(rows.stream().map(Membership::getUnitId).distinct().toList());
        return rows.stream().map(m -> new MemberUnit(m.getCobuildingId(), m.getUserId(), m.getUnitId(),
                named.containsKey(m.getUnitId()) ? named.get(m.getUnitId()).name() : "")).toList();
    }
}
