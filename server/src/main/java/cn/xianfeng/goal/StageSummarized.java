package cn.xianfeng.goal;

/** A co-building summarised a stage (and so began the next one). */
public record StageSummarized(long cobuildingId, int stage, long summaryId) {
}
