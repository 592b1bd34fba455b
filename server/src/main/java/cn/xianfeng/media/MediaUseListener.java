package cn.xianfeng.media;

import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code attached} in step with the records that use an upload, after their transaction commits: a used upload
 * is safe from the orphan job; one that nothing uses any more is an orphan again from now (deleted 24 h later).
 */
@Component
class MediaUseListener {

    private final MediaMapper media;
    private final MediaUseMapper uses;
    private final Clock clock;

    MediaUseListener(MediaMapper media, MediaUseMapper uses, Clock clock) {
        this.media = media;
        this.uses = uses;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MediaUsed used) {
        for (Long id : used.mediaIds()) {
            // An id that names no upload (deleted meanwhile, or never one) has nothing to attach.
            if (id != null && media.selectById(id) != null) {
                uses.insertIgnoring(id, used.usedBy(), used.usedById());
                media.updateAttached(id);
            }
        }
    }

    @ApplicationModuleListener
    void on(MediaReleased released) {
        for (Long id : released.mediaIds()) {
            if (id != null && uses.deleteUse(id, released.usedBy(), released.usedById()) > 0) {
                media.updateDetachedIfUnused(id, clock.instant());
            }
        }
    }
}
