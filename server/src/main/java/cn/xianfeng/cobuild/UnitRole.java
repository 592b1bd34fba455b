package cn.xianfeng.cobuild;

/** A unit's part in an application or co-building: 牵头单位 or 共建单位. */
public enum UnitRole {
    LEAD,
    PARTNER
}
