package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A highlight with what it shows: {@code title} is the task's title or "第N阶段总结", {@code text} the report's note or
 * the summary's text, {@code author} who wrote it.
 */
public record HighlightView(String id, HighlightKind kind, String sourceId, String cobuildingId, String cobuildingName,
                            String title, String text, List<MediaLinks> photos, Person author, String comment,
                            OffsetDateTime markedAt) {
}
