package cn.xianfeng.goal;

import cn.xianfeng.media.MediaLinks;
import java.time.Instant;
import java.util.List;

/** A task's latest progress report on the public board: no reporter. */
public record BoardProgress(int percent, String note, Instant reportedAt, List<MediaLinks> photos) {
}
