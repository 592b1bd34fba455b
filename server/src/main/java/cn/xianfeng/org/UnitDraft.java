package cn.xianfeng.org;

/**
 * A unit as an applicant described it. {@code unitId} is set when they picked an existing unit from the search.
 */
public record UnitDraft(Long unitId, String name, UnitType type, String partyOrgName, String creditCode,
                        String address, String contactName, String contactPhone) {
}
