package cn.xianfeng.org;

/** What kind of innovation entity a unit is. */
public enum UnitType {
    /** 高校 */
    UNIVERSITY,
    /** 科研院所 */
    INSTITUTE,
    /** 科技企业 */
    ENTERPRISE,
    OTHER
}
