package cn.xianfeng.activity;

/**
 * An organiser's decision on a check-in (usually a flagged one): CONFIRMED keeps it as attendance (its flags are
 * accepted as explained), OVERRULED rejects it, so the person counts as absent.
 */
public enum ReviewDecision {
    CONFIRMED,
    OVERRULED
}
