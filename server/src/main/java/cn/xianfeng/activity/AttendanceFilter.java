package cn.xianfeng.activity;

/** Which people an attendance list shows; ATTENDED includes the late ones, FLAGGED those with unreviewed flags. */
public enum AttendanceFilter {
    ALL,
    ATTENDED,
    LATE,
    FLAGGED,
    ABSENT
}
