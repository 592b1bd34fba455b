package cn.xianfeng.cobuild;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.auth.MemberDirectory;
import cn.xianfeng.auth.MemberInfo;
import cn.xianfeng.cobuild.CobuildingView.BureauLiaison;
import cn.xianfeng.cobuild.CobuildingView.HistoryEntry;
import cn.xianfeng.cobuild.CobuildingView.MemberEntry;
import cn.xianfeng.cobuild.CobuildingView.MemberGroup;
import cn.xianfeng.cobuild.CobuildingView.UnitEntry;
import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Assembles co-building views from this feature's rows and the names other features know. */
@Component
class CobuildingViews {

    private final CobuildingUnitMapper cobuildingUnits;
    private final CobuildingHistoryMapper history;
    private final MembershipMapper memberships;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final AdminAccess admins;

    CobuildingViews(CobuildingUnitMapper cobuildingUnits, CobuildingHistoryMapper history,
                    MembershipMapper memberships, UnitDirectory units, MemberDirectory members, AdminAccess admins) {
        this.cobuildingUnits = cobuildingUnits;
        this.history = history;
        this.memberships = memberships;
        this.units = units;
        this.members = members;
        this.admins = admins;
    }

    /** A co-building as one of its members sees it: their role, and the bureau liaison by name only. */
    CobuildingView memberView(Cobuilding cobuilding, MemberRole myRole) {
        return view(cobuilding, myRole, liaisonOf(cobuilding).withoutId());
    }

    /** A co-building as the bureau sees it: the liaison with the admin id it can act on. */
    CobuildingView bureauView(Cobuilding cobuilding) {
        return view(cobuilding, null, liaisonOf(cobuilding));
    }

    private BureauLiaison liaisonOf(Cobuilding cobuilding) {
        Long id = cobuilding.getBureauLiaisonId();
        return id == null ? BureauLiaison.vacancy()
                : BureauLiaison.assigned(String.valueOf(id), admins.displayName(id).orElse("局共建联络员"));
    }

    private CobuildingView view(Cobuilding cobuilding, MemberRole myRole, BureauLiaison liaison) {
        List<CobuildingUnit> unitRows = cobuildingUnits.listByCobuilding(cobuilding.getId());
        List<Membership> active = memberships.listActiveByCobuilding(cobuilding.getId());
        List<Long> unitIds = new ArrayList<>(unitRows.stream().map(CobuildingUnit::getUnitId).toList());
        active.stream().map(Membership::getUnitId).filter(id -> !unitIds.contains(id)).forEach(unitIds::add);
        Map<Long, UnitInfo> unitInfo = units.findAll(unitIds);
        Map<Long, MemberInfo> people = members.findAll(active.stream().map(Membership::getUserId).toList());

        List<UnitEntry> unitEntries = unitRows.stream()
                .map(row -> {
                    UnitInfo unit = unitInfo.get(row.getUnitId());
                    return new UnitEntry(String.valueOf(row.getUnitId()), unit == null ? null : unit.name(),
                            unit == null ? null : unit.type(), row.getRole(), ApiTime.of(row.getJoinedAt()),
                            ApiTime.of(row.getLeftAt()), row.getLeftReason());
                })
                .toList();

        Map<Long, List<MemberEntry>> byUnit = new LinkedHashMap<>();
        unitIds.forEach(id -> byUnit.put(id, new ArrayList<>()));
        active.stream()
                .sorted(Comparator.comparing(Membership::getRole).thenComparing(Membership::getId))
                .forEach(m -> {
                    MemberInfo person = people.get(m.getUserId());
                    byUnit.get(m.getUnitId()).add(new MemberEntry(String.valueOf(m.getUserId()),
                            person == null ? "成员" + m.getUserId() : person.displayName(),
                            person == null ? null : person.avatarUrl(), m.getRole()));
                });
        List<MemberGroup> groups = byUnit.entrySet().stream()
                .map(e -> new MemberGroup(String.valueOf(e.getKey()),
                        unitInfo.containsKey(e.getKey()) ? unitInfo.get(e.getKey()).name() : null, e.getValue()))
                .toList();

        List<HistoryEntry> entries = history.listByCobuilding(cobuilding.getId()).stream()
                .map(h -> new HistoryEntry(h.getFromStatus(), h.getToStatus(), h.getActorType().name(),
                        h.getReason(), ApiTime.of(h.getCreatedAt())))
                .toList();
        return new CobuildingView(String.valueOf(cobuilding.getId()), cobuilding.getName(), cobuilding.getStatus(),
                cobuilding.getPlaqueDate(), cobuilding.getPublicId(), myRole, !cobuilding.getStatus().closed(),
                unitEntries, groups, liaison, entries, ApiTime.of(cobuilding.getCreatedAt()),
                cobuilding.getAnnouncement());
    }

    CobuildingSummary summary(Cobuilding cobuilding, Membership mine, Map<Long, UnitInfo> unitInfo) {
        UnitInfo lead = unitInfo.get(cobuilding.getLeadUnitId());
        UnitInfo own = mine == null ? null : unitInfo.get(mine.getUnitId());
        return new CobuildingSummary(String.valueOf(cobuilding.getId()), cobuilding.getName(),
                cobuilding.getStatus(), lead == null ? null : lead.name(), mine == null ? null : mine.getRole(),
                own == null ? null : own.name(),
                mine != null || cobuilding.getBureauLiaisonId() == null ? null
                        : String.valueOf(cobuilding.getBureauLiaisonId()),
                ApiTime.of(cobuilding.getCreatedAt()), cobuilding.getBureauLiaisonId() == null);
    }
}
