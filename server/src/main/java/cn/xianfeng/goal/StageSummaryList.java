package cn.xianfeng.goal;

import java.util.List;

/** A co-building's stage summaries, newest stage first; {@code editable}: the caller may summarise the current one. */
public record StageSummaryList(int currentStage, boolean editable, List<StageSummaryView> items) {
}
