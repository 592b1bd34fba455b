package cn.xianfeng.cobuild;

/** A member's role in a co-building. */
public enum MemberRole {
    /** 科技党建先锋 — exactly one per co-building; leads it and manages its members. */
    PIONEER,
    /** 共建联络员 — at most one per partner unit. */
    UNIT_LIAISON,
    /** 成员 */
    MEMBER
}
