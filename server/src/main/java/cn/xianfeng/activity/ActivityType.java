package cn.xianfeng.activity;

/** What kind of activity it is (DESIGN §1). */
public enum ActivityType {
    /** 党组织活动 */
    PARTY_ACTIVITY,
    /** 业务分享会 */
    BUSINESS_SHARING,
    /** 科研工作协调推进会 / 科研对接会 */
    RESEARCH_MEETING,
    /** 培训 */
    TRAINING,
    /** 讲座 */
    LECTURE,
    /** 沙龙 */
    SALON,
    /** 创新竞赛 */
    COMPETITION,
    /** 送政策上门 — the bureau's own policy session; only the bureau creates these. */
    POLICY_SESSION
}
