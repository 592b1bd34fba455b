package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitDirectory;
import cn.xianfeng.org.UnitInfo;
import cn.xianfeng.org.UnitType;
import cn.xianfeng.shared.security.AdminCaller;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * What other features may ask about co-buildings and who is in them. The one-statement questions run without a
 * transaction of their own: chat asks them on every request, and a read-only transaction costs four extra round
 * trips to the database each time.
 */
@Service
public class CobuildingDirectory {

    private final CobuildingMapper cobuildings;
    private final MembershipMapper memberships;
    private final AdminCobuildingService bureau;
    private final ApplicationGoalMapper applicationGoals;
    private final CobuildingUnitMapper cobuildingUnits;
    private final UnitDirectory units;

    CobuildingDirectory(CobuildingMapper cobuildings, MembershipMapper memberships, AdminCobuildingService bureau,
                        ApplicationGoalMapper applicationGoals, CobuildingUnitMapper cobuildingUnits,
                        UnitDirectory units) {
        this.cobuildings = cobuildings;
        this.memberships = memberships;
        this.bureau = bureau;
        this.applicationGoals = applicationGoals;
        this.cobuildingUnits = cobuildingUnits;
        this.units = units;
    }

    /** The member's role if they are an active member of the co-building. */
    public Optional<MemberRole> activeRole(long cobuildingId, long userId) {
        Membership membership = memberships.findByCobuildingAndUser(cobuildingId, userId);
        return membership != null && membership.getActive() ? Optional.of(membership.getRole()) : Optional.empty();
    }

    /** The co-buildings the member is actively in, newest membership first. */
    public List<Long> activeCobuildingIds(long userId) {
        return memberships.listActiveByUser(userId).stream().map(Membership::getCobuildingId).toList();
    }

    /**
     * The co-buildings each of these people is actively in, in one query (people in none are left out): for lists
     * that would otherwise ask once per person.
     */
    public Map<Long, List<Long>> activeCobuildingIdsOf(Collection<Long> userIds) {
        Map<Long, List<Long>> byUser = new HashMap<>();
        memberships.listActiveByUsers(userIds).forEach(m -> byUser.computeIfAbsent(m.getUserId(),
                id -> new ArrayList<>()).add(m.getCobuildingId()));
        return byUser;
    }

    /** Everyone actively in the co-building: who a group message is delivered to. */
    public List<Long> activeMemberIds(long cobuildingId) {
        return memberships.listActiveByCobuilding(cobuildingId).stream().map(Membership::getUserId).toList();
    }

    public Optional<CobuildingInfo> find(long cobuildingId) {
        Cobuilding cobuilding = cobuildings.selectById(cobuildingId);
        return Optional.ofNullable(cobuilding).map(CobuildingDirectory::info);
    }

    /** The draft goals of the application the co-building was approved from, in category order; none if unknown. */
    public List<DraftGoal> draftGoals(long cobuildingId) {
        Cobuilding cobuilding = cobuildings.selectById(cobuildingId);
        if (cobuilding == null) {
            return List.of();
        }
        return applicationGoals.listByApplication(cobuilding.getApplicationId()).stream()
                .map(g -> new DraftGoal(g.getId(), g.getCategory(), g.getTitle(), g.getDescription(), g.getTargetDate()))
                .sorted(Comparator.comparing(DraftGoal::category)).toList();
    }

    /** Several co-buildings by id in one query; unknown ids are left out. */
    public Map<Long, CobuildingInfo> findAll(Collection<Long> cobuildingIds) {
        Map<Long, CobuildingInfo> found = new HashMap<>();
        if (!cobuildingIds.isEmpty()) {
            cobuildings.selectByIds(cobuildingIds).forEach(c -> found.put(c.getId(), info(c)));
        }
        return found;
    }

    /**
     * The co-building behind a plaque's public id, with the units still in it (lead first) by name: what the public
     * board shows. Units that have left are not named.
     */
    public Optional<PublicCobuilding> findByPublicId(String publicId) {
        Cobuilding cobuilding = cobuildings.findByPublicId(publicId);
        if (cobuilding == null) {
            return Optional.empty();
        }
        List<CobuildingUnit> current = cobuildingUnits.listByCobuilding(cobuilding.getId()).stream()
                .filter(row -> row.getLeftAt() == null)
                .sorted(Comparator.comparing(CobuildingUnit::getRole).thenComparing(CobuildingUnit::getId))
                .toList();
        Map<Long, UnitInfo> names = units.findAll(current.stream().map(CobuildingUnit::getUnitId).toList());
        List<PublicUnit> publicUnits = current.stream()
                .filter(row -> names.containsKey(row.getUnitId()))
                .map(row -> new PublicUnit(names.get(row.getUnitId()).name(), row.getRole()))
                .toList();
        return Optional.of(new PublicCobuilding(cobuilding.getId(), cobuilding.getPublicId(), cobuilding.getName(),
                cobuilding.getStatus(), cobuilding.getPlaqueDate(), publicUnits));
    }

    /** The public id on the co-building's plaque (what its board's QR code and 小程序码 carry). */
    public Optional<String> publicIdOf(long cobuildingId) {
        return Optional.ofNullable(cobuildings.selectById(cobuildingId)).map(Cobuilding::getPublicId);
    }

    /**
     * The co-building if this admin may read it: a LIAISON only the ones assigned to them, the other roles all.
     * Throws 404 otherwise, and 401/403 as {@code AdminAccess} does.
     */
    public CobuildingInfo visibleToAdmin(AdminCaller caller, long cobuildingId) {
        return info(bureau.visibleTo(caller, cobuildingId));
    }

    /** The co-buildings (any status) whose bureau liaison this admin is. */
    public List<Long> assignedToLiaison(long adminId) {
        return cobuildings.selectList(Wrappers.<Cobuilding>lambdaQuery().eq(Cobuilding::getBureauLiaisonId, adminId)
                .select(Cobuilding::getId)).stream().map(Cobuilding::getId).toList();
    }

    private static CobuildingInfo info(Cobuilding c) {
        return new CobuildingInfo(c.getId(), c.getName(), c.getStatus(), c.getBureauLiaisonId());
    }

    /**
     * The group details of several co-buildings by id (unknown ids left out): two queries for any number, no
     * transaction, since the conversation list asks on every page.
     */
    public Map<Long, GroupInfo> findGroupInfos(Collection<Long> cobuildingIds) {
        Map<Long, GroupInfo> found = new HashMap<>();
        if (cobuildingIds.isEmpty()) {
            return found;
        }
        Map<Long, Integer> counts = memberships.countActiveByCobuildings(cobuildingIds);
        cobuildings.listAnnouncementsByIds(cobuildingIds).forEach(c -> found.put(c.getId(),
                new GroupInfo(counts.getOrDefault(c.getId(), 0), c.getAnnouncement())));
        return found;
    }

    /** The active members of the co-building who hold this role (its 科技党建先锋, its liaisons …). */
    public List<Long> activeMemberIdsWithRole(long cobuildingId, MemberRole role) {
        return memberships.listActiveByCobuilding(cobuildingId).stream().filter(m -> m.getRole() == role)
                .map(Membership::getUserId).toList();
    }

    /**
     * Everyone actively in these co-buildings (closed ones left out), each with the first of them (lowest id) they are
     * in: a briefing's audience, by person and the co-building through which it reached them.
     */
    public Map<Long, Long> activeMembersOf(Collection<Long> cobuildingIds) {
        if (cobuildingIds.isEmpty()) {
            return Map.of();
        }
        List<Long> open = cobuildings.selectList(Wrappers.<Cobuilding>lambdaQuery()
                .in(Cobuilding::getId, cobuildingIds)
                .notIn(Cobuilding::getStatus, CobuildingStatus.DELISTED, CobuildingStatus.WITHDRAWN)
                .select(Cobuilding::getId)).stream().map(Cobuilding::getId).toList();
        return firstCobuildingOfEach(open.isEmpty() ? List.of() : memberships.selectList(
                Wrappers.<Membership>lambdaQuery().in(Membership::getCobuildingId, open)
                        .eq(Membership::getActive, true)));
    }

    /** Everyone actively in any co-building that is not closed, as {@link #activeMembersOf}. */
    public Map<Long, Long> activeMembersOfOpenCobuildings() {
        return activeMembersOf(openCobuildingIds());
    }

    /**
     * Everyone actively in an open co-building through a unit of one of these types (an enterprise's people for
     * "enterprises only"), each with the first such co-building.
     */
    public Map<Long, Long> activeMembersInUnitsOfTypes(Set<UnitType> types) {
        List<Long> unitIds = types.stream().flatMap(t -> units.idsOfType(t).stream()).distinct().toList();
        List<Long> open = openCobuildingIds();
        if (unitIds.isEmpty() || open.isEmpty()) {
            return Map.of();
        }
        return firstCobuildingOfEach(memberships.selectList(Wrappers.<Membership>lambdaQuery()
                .in(Membership::getUnitId, unitIds).in(Membership::getCobuildingId, open)
                .eq(Membership::getActive, true)));
    }

    /** The co-buildings that are not closed (ACTIVE, AWARDED, RECTIFYING), by id: what an evaluation round covers. */
    public List<Long> openCobuildingIds() {
        return cobuildings.selectList(Wrappers.<Cobuilding>lambdaQuery()
                .notIn(Cobuilding::getStatus, CobuildingStatus.DELISTED, CobuildingStatus.WITHDRAWN)
                .select(Cobuilding::getId).orderByAsc(Cobuilding::getId)).stream().map(Cobuilding::getId).toList();
    }

    private static Map<Long, Long> firstCobuildingOfEach(List<Membership> rows) {
        Map<Long, Long> byUser = new TreeMap<>();
        rows.forEach(m -> byUser.merge(m.getUserId(), m.getCobuildingId(), Math::min));
        return byUser;
    }
}
