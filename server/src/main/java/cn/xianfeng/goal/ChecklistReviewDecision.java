package cn.xianfeng.goal;

/** The bureau's answer to a checklist tick. */
public enum ChecklistReviewDecision {
    CONFIRM,
    REJECT
}
