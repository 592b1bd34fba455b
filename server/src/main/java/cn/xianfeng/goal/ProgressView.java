package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A progress report: the percent the task moved to from {@code previousPercent}, the amount achieved, the photos
 * (hidden ones left out) and whether the bureau marked it a 亮点. {@code correction}: the pioneer moved it back.
 */
public record ProgressView(String id, String taskId, String goalId, String cobuildingId, Person reporter, int percent,
                           int previousPercent, String note, BigDecimal achievedAmount, boolean correction,
                           List<MediaLinks> photos, boolean highlighted, OffsetDateTime reportedAt) {
}
