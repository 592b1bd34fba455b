package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import java.time.OffsetDateTime;
import java.util.List;

/** A stage summary with its photos and the goals it set for the next stage. */
public record StageSummaryView(String id, String cobuildingId, int stage, String text, List<MediaLinks> photos,
                               Person submittedBy, OffsetDateTime submittedAt, boolean highlighted,
                               List<GoalSummary> nextGoals) {
}
