package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.PageQuery;
import cn.xianfeng.shared.web.PageResponse;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/** A member's co-buildings: the list of their own and one co-building's detail. */
@Service
class CobuildingService {

    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;
    private final CobuildingViews views;
    private final UnitDirectory units;

    CobuildingService(CobuildingMapper cobuildings, MembershipMapper memberships, CobuildingViews views,
                      UnitDirectory units) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.views = views;
        this.units = units;
    }

    /** The member's co-buildings, newest membership first, a page at a time. */
    PageResponse<CobuildingSummary> mine(long userId, PageQuery query) {
        Page<Membership> page = memberships.pageActiveByUser(userId, query.toPage());
        List<Membership> mine = page.getRecords();
        List<Cobuilding> found = mine.isEmpty() ? List.of()
                : cobuildings.selectByIds(mine.stream().map(Membership::getCobuildingId).toList());
        Map<Long, UnitInfo> unitInfo = units.findAll(unitIdsOf(found, mine));
        List<CobuildingSummary> items = new ArrayList<>();
        for (Membership membership : mine) {
            found.stream().filter(c -> c.getId().equals(membership.getCobuildingId())).findFirst()
                    .ifPresent(c -> items.add(views.summary(c, membership, unitInfo)));
        }
        return PageResponse.all(page, items);
    }

    /** A co-building the caller is an active member of; for anybody else it does not exist. */
    CobuildingView memberView(long userId, long cobuildingId) {
        Membership membership = memberships.findByCobuildingAndUser(cobuildingId, userId);
        Cobuilding cobuilding = cobuildings.selectById(cobuildingId);
        if (membership == null || !membership.getActive() || cobuilding == null) {
            throw new NotFoundException("先锋号不存在");
        }
        return views.memberView(cobuilding, membership.getRole());
    }

    private static List<Long> unitIdsOf(List<Cobuilding> found, List<Membership> mine) {
        Set<Long> ids = new HashSet<>();
        found.forEach(c -> ids.add(c.getLeadUnitId()));
        mine.forEach(m -> ids.add(m.getUnitId()));
        return new ArrayList<>(ids);
    }
}
