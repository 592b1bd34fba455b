package cn.xianfeng.goal;

import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.media.MediaPurpose;
import cn.xianfeng.media.MediaUsed;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Photo evidence: which uploads a report may use, telling media they are used, and their signed links. */
@Component
class GoalPhotos {

    private final MediaDirectory media;
    private final ApplicationEventPublisher events;

    GoalPhotos(MediaDirectory media, ApplicationEventPublisher events) {
        this.media = media;
        this.events = events;
    }

    /** Each upload must be the member's own visible image uploaded for PROGRESS; 422 errors.photoMediaIds otherwise. */
    void requireOwn(long userId, List<Long> mediaIds) {
        if (!media.allUsablePhotos(userId, MediaPurpose.PROGRESS, mediaIds)) {
            throw new RuleViolationException("VALIDATION_FAILED", "照片不可用", Map.of("photoMediaIds", "照片须是你本人为进展上传的图片"));
        }
    }

    /** Tells media, inside the writer's transaction, that these uploads are now used by it ("progress", id). */
    void used(List<Long> mediaIds, String usedBy, long id) {
        if (!mediaIds.isEmpty()) {
            events.publishEvent(new MediaUsed(List.copyOf(mediaIds), usedBy, String.valueOf(id)));
        }
    }

    /** Signed links; hidden or deleted photos are left out. */
    Map<Long, MediaLinks> links(Collection<Long> mediaIds) {
        return mediaIds.isEmpty() ? Map.of() : media.linksOf(mediaIds);
    }
}
