package cn.xianfeng.activity;

/** A member's activity list: those not yet ended (soonest first) or those that have (latest first). */
public enum ActivityWhen {
    UPCOMING,
    PAST
}
