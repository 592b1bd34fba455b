package cn.xianfeng.cobuild;

/** The unit a person is (or was) in a co-building for, by name: what lists of people show beside their names. */
public record MemberUnit(long cobuildingId, long userId, long unitId, String unitName) {
}
