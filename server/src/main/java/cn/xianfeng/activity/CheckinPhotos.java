package cn.xianfeng.activity;

import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaInfo;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.media.MediaPurpose;
import cn.xianfeng.media.MediaUsed;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Check-in photos: which uploads a check-in may use, whether they are stale, and their signed links. */
@Component
class CheckinPhotos {

    /** A photo captured longer than this before the check-in is flagged STALE_PHOTO. */
    static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private final MediaDirectory media;
    private final ApplicationEventPublisher events;

    CheckinPhotos(MediaDirectory media, ApplicationEventPublisher events) {
        this.media = media;
        this.events = events;
    }

    /** The uploads, each of which must be the member's own visible image uploaded for check-in; 422 otherwise. */
    Map<Long, MediaInfo> requireOwn(long userId, List<Long> mediaIds) {
        Map<Long, MediaInfo> found = media.findAll(mediaIds);
        for (long id : mediaIds) {
            MediaInfo info = found.get(id);
            if (info == null || !info.usablePhotoOf(userId, MediaPurpose.CHECKIN)) {
                throw new RuleViolationException("VALIDATION_FAILED", "照片不可用",
                        Map.of("photoMediaIds", "照片须是你本人为签到拍摄上传的图片"));
            }
        }
        return found;
    }

    /** Whether any photo's capture time (EXIF) is more than ten minutes before {@code checkedInAt}. */
    static boolean stale(Collection<MediaInfo> photos, Instant checkedInAt) {
        Instant limit = checkedInAt.minus(STALE_AFTER);
        return photos.stream().anyMatch(p -> p.capturedAt() != null && p.capturedAt().isBefore(limit));
    }

    /** Tells media, inside the check-in's transaction, that these uploads are now used by it. */
    void used(List<Long> mediaIds, long checkinId) {
        if (!mediaIds.isEmpty()) {
            events.publishEvent(new MediaUsed(mediaIds, "checkin", String.valueOf(checkinId)));
        }
    }

    /** Signed links; hidden or deleted photos are left out. */
    Map<Long, MediaLinks> links(Collection<Long> mediaIds) {
        return media.linksOf(mediaIds);
    }
}
