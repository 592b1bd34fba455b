package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import java.time.Instant;
import java.util.List;

/** A 亮点 as the public board shows it: no author. */
public record HighlightInfo(HighlightKind kind, String title, String text, List<MediaLinks> photos, Instant markedAt) {
}
