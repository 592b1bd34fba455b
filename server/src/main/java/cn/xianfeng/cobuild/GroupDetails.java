package cn.xianfeng.cobuild;

import com.baomidou.mybatisplus.core.conditions.query.QueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What a co-building's group chat shows in its title bar: how many are in it and the 群公告. Two queries for any
 * number of co-buildings, no transaction: the conversation list asks on every page.
 */
@Service
public class GroupDetails {

    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;

    GroupDetails(CobuildingMapper cobuildings, MembershipMapper memberships) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
    }

    /** By co-building id; unknown ids are left out. */
    public Map<Long, Detail> of(Collection<Long> cobuildingIds) {
        Map<Long, Detail> details = new HashMap<>();
        if (cobuildingIds.isEmpty()) {
            return details;
        }
        Map<Long, Integer> counts = new HashMap<>();
        memberships.selectMaps(new QueryWrapper<Membership>().select("cobuilding_id AS cid", "COUNT(*) AS n")
                        .eq("active", true).in("cobuilding_id", cobuildingIds).groupBy("cobuilding_id"))
                .forEach(row -> counts.put(((Number) row.get("cid")).longValue(),
                        ((Number) row.get("n")).intValue()));
        cobuildings.selectList(Wrappers.<Cobuilding>lambdaQuery()
                        .select(Cobuilding::getId, Cobuilding::getAnnouncement)
                        .in(Cobuilding::getId, cobuildingIds))
                .forEach(c -> details.put(c.getId(), new Detail(counts.getOrDefault(c.getId(), 0),
                        c.getAnnouncement())));
        return details;
    }

    public record Detail(int memberCount, String announcement) {
    }
}
