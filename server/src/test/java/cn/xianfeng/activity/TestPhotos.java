package cn.xianfeng.activity;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Uploads as the media feature stores them, for check-in tests: this branch has media's facade and tables but not yet
 * its upload endpoint, so the rows an upload would leave are written here.
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A JPEG uploaded by the member for the purpose, taken at {@code capturedAt} (null: no EXIF time). */
    public static long uploaded(JdbcTemplate jdbc, long userId, String purpose, Instant capturedAt) {
        String sha = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 64);
        GeneratedKeyHolder blob = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("INSERT INTO media_blob (sha256, content_type, size_bytes, width, "
                    + "height, has_thumb) VALUES (?, 'image/jpeg', 1000, 640, 480, 1)", Statement.RETURN_GENERATED_KEYS);
            s.setString(1, sha);
            return s;
        }, blob);
        GeneratedKeyHolder media = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement s = c.prepareStatement("INSERT INTO media (uploader_type, uploader_id, purpose, blob_id, "
                    + "content_type, size_bytes, width, height, captured_at, check_status, orphan_since) "
                    + "VALUES ('MEMBER', ?, ?, ?, 'image/jpeg', 1000, 640, 480, ?, 'PASSED', NOW(3))",
                    Statement.RETURN_GENERATED_KEYS);
            s.setLong(1, userId);
            s.setString(2, purpose);
            s.setLong(3, blob.getKey().longValue());
            s.setTimestamp(4, capturedAt == null ? null : Timestamp.from(capturedAt));
            return s;
        }, media);
        return media.getKey().longValue();
    }

    public static void hide(JdbcTemplate jdbc, long mediaId) {
        jdbc.update("UPDATE media SET hidden = 1 WHERE id = ?", mediaId);
    }
}
