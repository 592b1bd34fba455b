package cn.xianfeng.org;

/** A unit offered when an applicant picks theirs: no contact details. */
public record UnitOption(String id, String name, UnitType type, String partyOrgName) {

    static UnitOption of(UnitInfo unit) {
        return new UnitOption(String.valueOf(unit.id()), unit.name(), unit.type(), unit.partyOrgName());
    }
}
