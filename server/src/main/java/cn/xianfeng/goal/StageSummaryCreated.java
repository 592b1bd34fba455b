package cn.xianfeng.goal;

/** A submit's answer and whether it made the summary (201) or found what a retry had made (200). */
record StageSummaryCreated(StageSummaryView view, boolean isNew) {
}
