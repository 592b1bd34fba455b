package cn.xianfeng.org;

/** What other features need to know of a unit. */
public record UnitSummary(long id, String name, UnitType type, String partyOrgName, String creditCode) {

    static UnitSummary of(Unit unit) {
        return new UnitSummary(unit.getId(), unit.getName(), unit.getType(), unit.getPartyOrgName(),
                unit.getCreditCode());
    }
}
