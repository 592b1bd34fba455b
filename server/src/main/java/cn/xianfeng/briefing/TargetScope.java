package cn.xianfeng.briefing;

/** Whom a briefing is for: every open co-building, chosen co-buildings, or members of units of given types. */
public enum TargetScope {
    ALL,
    COBUILDINGS,
    UNIT_TYPES
}
