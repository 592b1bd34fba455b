package cn.xianfeng.goal;

/** What a 亮点 (highlight marked by the bureau) was made from. */
public enum HighlightKind {
    PROGRESS,
    STAGE_SUMMARY
}
