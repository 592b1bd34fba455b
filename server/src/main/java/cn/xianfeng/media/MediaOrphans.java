package cn.xianfeng.media;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes uploads that nothing has used for {@code xf.media.orphan-age} (24 h): a photo picked and then not sent, an
 * avatar replaced. The stored files go with the last upload of their bytes, never before: the blob row is locked,
 * counted and removed together with the files in one transaction, and an upload choosing the same blob waits on that
 * lock (and stores the bytes again if they went).
 */
@Component
class MediaOrphans {

    static final int BATCH = 100;
    private static final Logger log = LoggerFactory.getLogger(MediaOrphans.class);

    private final MediaMapper media;
    private final MediaBlobMapper blobs;
    private final MediaUseMapper uses;
    private final MediaStore store;
    private final TransactionTemplate transaction;
    private final RedissonClient redisson;
    private final Clock clock;
    private final Duration orphanAge;

    MediaOrphans(MediaMapper media, MediaBlobMapper blobs, MediaUseMapper uses, MediaStore store,
                 TransactionTemplate transaction, RedissonClient redisson, Clock clock, MediaProperties properties) {
        this.media = media;
        this.blobs = blobs;
        this.uses = uses;
        this.store = store;
        this.transaction = transaction;
        this.redisson = redisson;
        this.clock = clock;
        this.orphanAge = properties.orphanAge();
    }

    @Scheduled(initialDelayString = "${xf.media.orphan-interval:PT1H}",
            fixedDelayString = "${xf.media.orphan-interval:PT1H}")
    void scheduledRound() {
        RLock lock = redisson.getLock("media:orphans");
        if (!lock.tryLock()) {
            return;
        }
        try {
            int deleted;
            do {
                deleted = deleteOrphans();
            } while (deleted == BATCH);
        } finally {
            lock.unlock();
        }
    }

    /** One batch; how many uploads it deleted. */
    int deleteOrphans() {
        Instant before = clock.instant().minus(orphanAge);
        int deleted = 0;
        for (Media candidate : media.listOrphans(before, BATCH)) {
            Boolean done = transaction.execute(status -> delete(candidate.getId(), before));
            if (Boolean.TRUE.equals(done)) {
                deleted++;
            }
        }
        if (deleted > 0) {
            log.info("Deleted {} unused uploads", deleted);
        }
        return deleted;
    }

    private boolean delete(long mediaId, Instant before) {
        Media row = media.lockById(mediaId);
        // Used meanwhile (an event attached it after the list was read): kept.
        if (row == null || Boolean.TRUE.equals(row.getAttached()) || row.getOrphanSince() == null
                || !row.getOrphanSince().isBefore(before) || !uses.listByMedia(mediaId).isEmpty()) {
            return false;
        }
        MediaBlob blob = blobs.lockById(row.getBlobId());
        media.deleteById(mediaId);
        if (blob != null && media.countByBlob(blob.getId()) == 0) {
            blobs.deleteById(blob.getId());
            // Inside the transaction, under the blob's lock: see the class comment.
            if (Boolean.TRUE.equals(blob.getHasThumb())) {
                store.delete(MediaKeys.thumb(blob.getSha256()));
            }
            store.delete(MediaKeys.original(blob.getSha256()));
        }
        return true;
    }
}
