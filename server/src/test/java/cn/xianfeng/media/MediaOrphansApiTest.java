package cn.xianfeng.media;

import static cn.xianfeng.support.Eventually.eventually;
import static cn.xianfeng.media.MediaTestSupport.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orphan job: uploads nothing uses are deleted 24 h after their upload (or their release), with their stored
 * files — unless another upload still uses the same bytes.
 */
@ApiTest
@Import(MediaTestSupport.Config.class)
class MediaOrphansApiTest extends ApiTestBase {

    @Autowired
    MediaOrphans orphans;
    @Autowired
    MediaDirectory directory;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    MediaProperties properties;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Reply upload(String member, byte[] photo) {
        return MediaTestSupport.upload(port, "/api/mp/media", member, "CHECKIN", "a.jpg", photo);
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private Path storedOriginal(long mediaId) {
        String sha = jdbc.queryForObject("SELECT b.sha256 FROM media m JOIN media_blob b ON b.id = m.blob_id"
                + " WHERE m.id = ?", String.class, mediaId);
        return Path.of(properties.dir()).resolve(MediaKeys.original(sha));
    }

    @Test
    void unusedUploadsGoAfter24HoursUsedOnesStayAndSharedBytesStayWhileUsed() {
        String member = fixtures.member();
        byte[] shared = MediaFiles.uniqueJpeg(400, 300, System.nanoTime());
        long unused = upload(member, MediaFiles.uniqueJpeg(400, 300, System.nanoTime() + 1)).json().path("id")
                .asLong();
        long sharedUnused = upload(member, shared).json().path("id").asLong();
        Reply sharedUsedReply = upload(fixtures.member(), shared);
        long sharedUsed = sharedUsedReply.json().path("id").asLong();
        long used = upload(member, MediaFiles.uniqueJpeg(400, 300, System.nanoTime() + 2)).json().path("id")
                .asLong();
        publish(new MediaUsed(List.of(sharedUsed, used), "checkin", "77"));
        eventually(() -> assertThat(directory.find(used).orElseThrow().attached()).isTrue());
        eventually(() -> assertThat(directory.find(sharedUsed).orElseThrow().attached()).isTrue());
        Path unusedFile = storedOriginal(unused);
        Path sharedFile = storedOriginal(sharedUsed);
        assertThat(unusedFile).exists();

        // A day less a minute: nothing is old enough.
        clock.move(Duration.ofHours(24).minusMinutes(1));
        orphans.deleteOrphans();
        assertThat(directory.find(unused)).isPresent();

        clock.move(Duration.ofMinutes(2));
        while (orphans.deleteOrphans() == MediaOrphans.BATCH) {
            // Older test data first: run until this test's uploads are reached.
        }

        assertThat(directory.find(unused)).isEmpty();
        assertThat(directory.find(sharedUnused)).isEmpty();
        assertThat(directory.find(used)).isPresent();
        assertThat(directory.find(sharedUsed)).isPresent();
        assertThat(Files.exists(unusedFile)).isFalse();
        // The bytes the deleted upload shared with a used one are still there, and still served.
        assertThat(sharedFile).exists();
        assertThat(fetch(port, sharedUsedReply.json().path("url").asString()).statusCode()).isEqualTo(200);
        assertThat(fetch(port, sharedUsedReply.json().path("thumbUrl").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aReleasedUploadIsAnOrphanFromItsReleaseOn() {
        String member = fixtures.member();
        long avatar = upload(member, MediaFiles.uniqueJpeg(200, 200, System.nanoTime())).json().path("id").asLong();
        publish(new MediaUsed(List.of(avatar), "avatar", "9"));
        eventually(() -> assertThat(directory.find(avatar).orElseThrow().attached()).isTrue());

        clock.move(Duration.ofDays(3));
        orphans.deleteOrphans();
        assertThat(directory.find(avatar)).isPresent();

        publish(new MediaReleased(List.of(avatar), "avatar", "9"));
        eventually(() -> assertThat(directory.find(avatar).orElseThrow().attached()).isFalse());
        clock.move(Duration.ofHours(23));
        orphans.deleteOrphans();
        assertThat(directory.find(avatar)).isPresent();

        clock.move(Duration.ofHours(2));
        while (orphans.deleteOrphans() == MediaOrphans.BATCH) {
            // See above.
        }
        assertThat(directory.find(avatar)).isEmpty();
    }

    @Test
    void anUploadUsedByTwoRecordsStaysAttachedUntilBothReleaseIt() {
        long id = upload(fixtures.member(), MediaFiles.uniqueJpeg(100, 100, System.nanoTime())).json().path("id")
                .asLong();
        publish(new MediaUsed(List.of(id), "checkin", "1"));
        publish(new MediaUsed(List.of(id), "progress", "2"));
        // An event delivered twice is one use.
        publish(new MediaUsed(List.of(id), "checkin", "1"));
        eventually(() -> assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_use WHERE media_id = ?",
                Integer.class, id)).isEqualTo(2));

        publish(new MediaReleased(List.of(id), "checkin", "1"));
        eventually(() -> assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM media_use WHERE media_id = ?",
                Integer.class, id)).isEqualTo(1));
        assertThat(directory.find(id).orElseThrow().attached()).isTrue();

        publish(new MediaReleased(List.of(id), "progress", "2"));
        eventually(() -> assertThat(directory.find(id).orElseThrow().attached()).isFalse());
    }
}
