package cn.xianfeng.activity;

/** An anomaly of a check-in: recorded and shown to organisers, never a refusal (as WeCom records exception types). */
public enum CheckinFlag {
    /** Farther from the place than its radius plus the location's own accuracy (haversine distance). */
    OUT_OF_RANGE,
    /** After the start plus {@link CheckinService#LATE_GRACE}. */
    LATE,
    /** The activity has a place, the check-in sent no location. */
    NO_LOCATION,
    /** A rotating code that is wrong or older than the previous 30-second slice, or a wrong 小程序码 key. */
    CODE_MISMATCH,
    /** A photo taken (EXIF) more than 10 minutes before the check-in. */
    STALE_PHOTO
}
