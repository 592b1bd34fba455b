package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import java.time.OffsetDateTime;
import java.util.List;

/** One item of a co-building's 八有 checklist and its tick, if any ({@code tick} null: not claimed yet). */
public record ChecklistEntry(String itemId, String name, String description, int position, Tick tick) {

    /** The co-building's claim with its evidence, and the bureau's decision on it. */
    public record Tick(ChecklistStatus status, String note, List<MediaLinks> photos, Person tickedBy,
                       OffsetDateTime tickedAt, String reviewComment, OffsetDateTime reviewedAt) {
    }
}
