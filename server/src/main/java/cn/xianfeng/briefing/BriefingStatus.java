package cn.xianfeng.briefing;

/**
 * Where a briefing stands: DRAFT → PUBLISHED (members see it; corrections make new versions) → UNPUBLISHED
 * (withdrawn: hidden from members, kept for the bureau). A withdrawn briefing is not published again: a new one is.
 */
public enum BriefingStatus {
    DRAFT,
    PUBLISHED,
    UNPUBLISHED
}
