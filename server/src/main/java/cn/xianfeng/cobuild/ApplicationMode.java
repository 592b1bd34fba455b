package cn.xianfeng.cobuild;

/** 独立申报 (one unit) or 联合申报 (a lead unit with partners). */
public enum ApplicationMode {
    SOLO,
    JOINT
}
