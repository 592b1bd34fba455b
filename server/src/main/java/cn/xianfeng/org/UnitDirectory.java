package cn.xianfeng.org;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** How other features find, and (on approval) create, units. */
@Service
public class UnitDirectory {

    static final int MAX_SEARCH_RESULTS = 20;

    private final UnitMapper units;

    UnitDirectory(UnitMapper units) {
        this.units = units;
    }

    /**
     * The unit an applicant meant: the one they picked (following merges), else the one with the same credit code,
     * else the live one with the same name, else a new unit made from their description. Runs inside the caller's
     * transaction (an approval), so a failed approval creates no unit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long resolve(UnitDraft draft) {
        if (draft.unitId() != null) {
            Unit picked = live(units.selectById(draft.unitId()));
            if (picked != null) {
                return picked.getId();
            }
        }
        String creditCode = CreditCodes.normalize(draft.creditCode());
        if (creditCode != null) {
            Unit known = units.findByCreditCode(creditCode);
            if (known != null) {
                return live(known).getId();
            }
        }
        String name = draft.name() == null ? null : draft.name().strip();
        if (creditCode == null && name != null) {
            Unit sameName = units.findLiveByName(name);
            if (sameName != null) {
                return sameName.getId();
            }
        }
        Unit unit = new Unit();
        unit.setName(name);
        unit.setType(draft.type() != null ? draft.type() : UnitType.OTHER);
        unit.setPartyOrgName(draft.partyOrgName());
        unit.setCreditCode(creditCode);
        unit.setAddress(draft.address());
        unit.setContactName(draft.contactName());
        unit.setContactPhone(draft.contactPhone());
        // Another approval created the unit with this credit code since we looked: our insert waited for it to
        // commit, and only the statement failed, so the transaction goes on with that unit.
        return insertOrFind(() -> {
            units.insert(unit);
            return unit.getId();
        }, () -> creditCode == null ? null : live(units.lockByCreditCode(creditCode)).getId());
    }

    public Optional<UnitInfo> find(long id) {
        return Optional.ofNullable(units.selectById(id)).map(UnitInfo::of);
    }

    /** Units by id, in the order asked; unknown ids are left out. */
    public Map<Long, UnitInfo> findAll(Collection<Long> ids) {
        Map<Long, UnitInfo> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Map<Long, Unit> byId = new LinkedHashMap<>();
        units.selectByIds(ids).forEach(unit -> byId.put(unit.getId(), unit));
        ids.forEach(id -> {
            Unit unit = byId.get(id);
            if (unit != null) {
                found.put(id, UnitInfo.of(unit));
            }
        });
        return found;
    }

    public List<UnitInfo> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        int capped = Math.max(1, Math.min(limit, MAX_SEARCH_RESULTS));
        return units.listLiveByText(text.strip(), capped).stream().map(UnitInfo::of).toList();
    }

    public List<Long> idsOfType(UnitType type) {
        return units.listLiveIdsByType(type);
    }

    /** A merged unit stands for the unit it was merged into. */
    private Unit live(Unit unit) {
        Unit current = unit;
        for (int hops = 0; current != null && current.getMergedIntoId() != null && hops < 10; hops++) {
            current = units.selectById(current.getMergedIntoId());
        }
        return current;
    }
}
