package cn.xianfeng.cobuild;

import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.media.MediaPurpose;
import cn.xianfeng.media.MediaReleased;
import cn.xianfeng.media.MediaUsed;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The photos of a rectification report: which uploads a report may use, telling media which are used (kept) and
 * which a resubmission dropped (cleaned up later), and their signed links.
 */
@Component
class RectificationPhotos {

    static final String USED_BY = "rectification";

    private final MediaDirectory media;
    private final ApplicationEventPublisher events;

    RectificationPhotos(MediaDirectory media, ApplicationEventPublisher events) {
        this.media = media;
        this.events = events;
    }

    /** Each upload must be the member's own visible image uploaded for RECTIFICATION; 422 errors.mediaIds otherwise. */
    void requireOwn(long userId, List<Long> mediaIds) {
        if (!media.allUsablePhotos(userId, MediaPurpose.RECTIFICATION, mediaIds)) {
            throw new RuleViolationException("VALIDATION_FAILED", "照片不可用", Map.of("mediaIds", "照片须是你本人为整改报告上传的图片"));
        }
    }

    /** Inside the writer's transaction: the report now uses {@code now}; what it used before and not now is let go. */
    void replaced(long rectificationId, List<Long> before, List<Long> now) {
        String id = String.valueOf(rectificationId);
        if (!now.isEmpty()) {
            events.publishEvent(new MediaUsed(List.copyOf(now), USED_BY, id));
        }
        List<Long> dropped = before.stream().filter(m -> !now.contains(m)).toList();
        if (!dropped.isEmpty()) {
            events.publishEvent(new MediaReleased(dropped, USED_BY, id));
        }
    }

    /** Signed links; hidden or deleted photos are left out. */
    Map<Long, MediaLinks> links(Collection<Long> mediaIds) {
        return mediaIds.isEmpty() ? Map.of() : media.linksOf(mediaIds);
    }
}
