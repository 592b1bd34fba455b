package cn.xianfeng.org;

/** What other features need to know of a unit. */
public record UnitInfo(long id, String name, UnitType type, String partyOrgName, String creditCode) {

    static UnitInfo of(Unit unit) {
        return new UnitInfo(unit.getId(), unit.getName(), unit.getType(), unit.getPartyOrgName(),
                unit.getCreditCode());
    }
}
