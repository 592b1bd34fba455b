package cn.xianfeng.activity;

/** How a check-in was made. */
public enum CheckinMethod {
    /** The phone's location against the activity's geofence. */
    LOCATION,
    /** The 6-digit code on the organiser's screen, which changes every 30 s. */
    ROTATING_CODE,
    /** The activity's 小程序码, scanned: its scene carries a key the check-in sends back. */
    MINIPROGRAM_CODE,
    /** 补签 — added by an organiser for someone, with a reason. */
    ON_BEHALF
}
