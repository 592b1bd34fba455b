package cn.xianfeng.media;

import static cn.xianfeng.media.MediaTestSupport.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Uploads through HTTP: what is accepted (by the bytes, never the name), what is refused and how, and what is
 * stored — the original without its metadata, upright, with a 480 px thumbnail, shared by identical uploads.
 */
@ApiTest
@Import(MediaTestSupport.Config.class)
class MediaUploadApiTest extends ApiTestBase {

    private static final String SECRET = "GPS-31.2304N-secret-comment";

    private Reply upload(String token, String purpose, String filename, byte[] bytes) {
        return MediaTestSupport.upload(port, "/api/mp/media", token, purpose, filename, bytes);
    }

    @Test
    void aRotatedPhotoIsServedUprightWithoutExifAndItsCaptureTimeIsKeptServerSide() throws Exception {
        String member = fixtures.member();
        byte[] photo = MediaFiles.withExif(MediaFiles.jpeg(1200, 800), 6, "2026:11:30 14:05:09", "+08:00");
        assertThat(exif(photo).getFirstDirectoryOfType(GpsDirectory.class)).isNotNull();

        Reply reply = upload(member, "CHECKIN", "photo.jpg", photo);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode view = reply.json();
        assertThat(view.path("id").asString()).matches("\\d+");
        assertThat(view.path("purpose").asString()).isEqualTo("CHECKIN");
        assertThat(view.path("contentType").asString()).isEqualTo("image/jpeg");
        // Orientation 6: the stored photo is turned, so its sides swap.
        assertThat(view.path("width").asInt()).isEqualTo(800);
        assertThat(view.path("height").asInt()).isEqualTo(1200);
        assertThat(view.path("capturedAt").asString()).isEqualTo("2026-11-30T14:05:09+08:00");
        assertThat(view.path("checkStatus").asString()).isEqualTo("PENDING");
        assertThat(view.path("hidden").asBoolean()).isFalse();
        assertThat(view.path("url").asString()).matches("/api/media/\\d+/original\\?exp=\\d+&sig=[A-Za-z0-9_-]+");

        HttpResponse<byte[]> original = fetch(port, view.path("url").asString());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        Metadata served = exif(original.body());
        assertThat(served.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(served.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).isNull();
        assertThat(served.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(original.body()));
        assertThat(upright.getWidth()).isEqualTo(800);
        assertThat(upright.getHeight()).isEqualTo(1200);
        // The red block drawn at the top left of the landscape frame is at the top right once turned clockwise.
        assertThat(red(upright.getRGB(780, 20))).isTrue();
        assertThat(red(upright.getRGB(20, 20))).isFalse();

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(fetch(port, view.path("thumbUrl").asString())
                .body()));
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(480);
        // The capture time is the server's evidence, never the client's to read from the file.
        assertThat(jdbc.queryForObject("SELECT captured_at IS NOT NULL FROM media WHERE id = ?", Boolean.class,
                view.path("id").asLong())).isTrue();
    }

    @Test
    void anUprightJpegIsStoredByteForByteWithoutItsMetadataSegments() throws Exception {
        String member = fixtures.member();
        byte[] clean = MediaFiles.uniqueJpeg(640, 480, 101);
        byte[] upload = MediaFiles.withComment(MediaFiles.withExif(clean, 1, "2026:01:02 03:04:05", null), SECRET);
        assertThat(contains(upload, SECRET)).isTrue();

        Reply reply = upload(member, "PROGRESS", "photo.bin", upload);

        assertThat(reply.status()).isEqualTo(201);
        byte[] served = fetch(port, reply.json().path("url").asString()).body();
        // Not re-encoded: exactly the file without the EXIF and comment segments.
        assertThat(served).isEqualTo(clean);
        assertThat(contains(served, SECRET)).isFalse();
        assertThat(reply.json().path("size").asLong()).isEqualTo(clean.length);
        // No offset in the EXIF: the time is taken as Beijing time.
        assertThat(reply.json().path("capturedAt").asString()).isEqualTo("2026-01-02T03:04:05+08:00");
    }

    @Test
    void aPngLosesItsTextChunksAndGetsAPngThumbnail() throws Exception {
        String member = fixtures.member();
        byte[] clean = MediaFiles.png(1000, 500);
        byte[] upload = MediaFiles.withTextChunk(clean, SECRET);

        Reply reply = upload(member, "CHAT", "image.jpg", upload);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("contentType").asString()).isEqualTo("image/png");
        assertThat(reply.json().path("capturedAt").isNull()).isTrue();
        byte[] served = fetch(port, reply.json().path("url").asString()).body();
        assertThat(served).isEqualTo(clean);
        HttpResponse<byte[]> thumb = fetch(port, reply.json().path("thumbUrl").asString());
        assertThat(thumb.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumb.body()));
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void aProgressiveJpegIsTakenAndThumbnailed() throws Exception {
        Reply reply = upload(fixtures.member(), "CHECKIN", "p.jpg", MediaFiles.progressiveJpeg(2000, 1500));

        assertThat(reply.status()).isEqualTo(201);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(
                fetch(port, reply.json().path("thumbUrl").asString()).body()));
        assertThat(thumb.getWidth()).isEqualTo(480);
        assertThat(thumb.getHeight()).isEqualTo(360);
    }

    @Test
    void aSmallImageKeepsItsSizeInTheThumbnail() throws Exception {
        Reply reply = upload(fixtures.member(), "CHAT", "s.jpg", MediaFiles.uniqueJpeg(200, 100, 5));

        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(
                fetch(port, reply.json().path("thumbUrl").asString()).body()));
        assertThat(thumb.getWidth()).isEqualTo(200);
        assertThat(thumb.getHeight()).isEqualTo(100);
    }

    @Test
    void theTypeIsJudgedByTheBytesNotTheName() {
        String member = fixtures.member();

        Reply pdfAsJpg = upload(member, "CHECKIN", "photo.jpg", MediaFiles.pdf(2000));
        Reply textAsPng = upload(member, "CHAT", "image.png", "just some text, not a PNG".getBytes(
                StandardCharsets.UTF_8));

        assertThat(pdfAsJpg.status()).isEqualTo(415);
        assertThat(pdfAsJpg.code()).isEqualTo("MEDIA_TYPE_UNSUPPORTED");
        assertThat(pdfAsJpg.isProblem()).isTrue();
        assertThat(pdfAsJpg.json().path("title").asString()).isEqualTo("不支持该文件类型");
        assertThat(textAsPng.status()).isEqualTo(415);
        assertThat(textAsPng.code()).isEqualTo("MEDIA_TYPE_UNSUPPORTED");
    }

    @Test
    void aPdfIsTakenAsAnAttachmentWithoutAThumbnailAndServedInRanges() {
        String member = fixtures.member();
        byte[] pdf = MediaFiles.pdf(50_000);

        Reply reply = upload(member, "ATTACHMENT", "report.pdf", pdf);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(reply.json().path("thumbUrl").isNull()).isTrue();
        assertThat(reply.json().path("checkStatus").asString()).isEqualTo("NOT_CHECKED");
        String url = reply.json().path("url").asString();

        HttpResponse<byte[]> part = fetch(port, url, java.util.Map.of("Range", "bytes=100-199"));
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + pdf.length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(pdf, 100, 200));
        HttpResponse<byte[]> tail = fetch(port, url, java.util.Map.of("Range", "bytes=-10"));
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(pdf, pdf.length - 10, pdf.length));
        HttpResponse<byte[]> whole = fetch(port, url);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(pdf);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(fetch(port, url, java.util.Map.of("Range", "bytes=999999-")).statusCode()).isEqualTo(416);
        // No thumbnail link can be made for it.
        assertThat(fetch(port, url.replace("/original?", "/thumb?")).statusCode()).isEqualTo(403);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413() {
        byte[] big = new byte[11 * 1024 * 1024];
        new Random(1).nextBytes(big);
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;

        Reply reply = upload(fixtures.member(), "CHECKIN", "big.jpg", big);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("FILE_TOO_LARGE");
    }

    @Test
    void aHeaderClaimingTooManyPixelsIsRefusedBeforeDecoding() {
        Reply reply = upload(fixtures.member(), "CHECKIN", "bomb.jpg", MediaFiles.claimingSize(20000, 20000));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("IMAGE_TOO_LARGE");
        assertThat(reply.json().path("title").asString()).isEqualTo("图片尺寸过大");
    }

    @Test
    void truncatedAndCorruptImagesAre422NeverA500() {
        String member = fixtures.member();
        byte[] jpeg = MediaFiles.uniqueJpeg(800, 600, 9);
        byte[] png = MediaFiles.png(300, 200);

        Reply truncatedJpeg = upload(member, "CHECKIN", "t.jpg", MediaFiles.truncated(jpeg, jpeg.length / 2));
        Reply truncatedPng = upload(member, "CHECKIN", "t.png", MediaFiles.truncated(png, png.length - 20));
        Reply badCrc = upload(member, "CHECKIN", "c.png", MediaFiles.pngWithBadCrc(png));
        Reply garbage = upload(member, "CHECKIN", "g.png", MediaFiles.pngGarbage());
        Reply onlyMagic = upload(member, "CHECKIN", "m.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        for (Reply reply : new Reply[] {truncatedJpeg, truncatedPng, badCrc, garbage, onlyMagic}) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("IMAGE_UNREADABLE");
            assertThat(reply.body()).doesNotContain("Exception", "javax", "IIO");
        }
    }

    @Test
    void aMissingFileOrPurposeIsAValidationProblem() {
        String member = fixtures.member();

        Reply noFile = upload(member, "CHECKIN", null, null);
        Reply noPurpose = upload(member, null, "a.jpg", MediaFiles.jpeg(10, 10));
        Reply badPurpose = upload(member, "SELFIE", "a.jpg", MediaFiles.jpeg(10, 10));

        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(noFile.json().path("errors").path("file").asString()).isNotBlank();
        assertThat(noPurpose.status()).isEqualTo(422);
        assertThat(noPurpose.json().path("errors").path("purpose").asString()).isNotBlank();
        assertThat(badPurpose.status()).isEqualTo(422);
        assertThat(badPurpose.json().path("errors").path("purpose").asString()).isNotBlank();
    }

    @Test
    void anUploadNeedsASignedInMember() {
        Reply reply = upload(null, "CHECKIN", "a.jpg", MediaFiles.jpeg(10, 10));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void onlyTheUploaderSeesTheirUploadOthersGet404() {
        String owner = fixtures.member();
        String other = fixtures.member();
        String id = upload(owner, "CHECKIN", "a.jpg", MediaFiles.uniqueJpeg(64, 64, 77)).json().path("id").asString();

        Reply mine = api.get("/api/mp/media/" + id, owner);
        Reply theirs = api.get("/api/mp/media/" + id, other);
        Reply asAdmin = api.get("/api/admin/media/" + id, fixtures.superAdmin());
        Reply missing = api.get("/api/mp/media/999999999", owner);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("id").asString()).isEqualTo(id);
        assertThat(mine.json().path("url").asString()).startsWith("/api/media/" + id + "/original?");
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(asAdmin.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void anAdminUploadIsNotSentToWeChatsCheck() {
        String admin = fixtures.superAdmin();

        Reply reply = MediaTestSupport.upload(port, "/api/admin/media", admin, "ATTACHMENT", "a.png",
                MediaFiles.png(100, 100));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("checkStatus").asString()).isEqualTo("NOT_CHECKED");
        assertThat(api.get("/api/admin/media/" + reply.json().path("id").asString(), admin).status())
                .isEqualTo(200);
        assertThat(api.get("/api/mp/media/" + reply.json().path("id").asString(), fixtures.member()).status())
                .isEqualTo(404);
    }

    @Test
    void identicalUploadsShareOneStoredBlob() {
        byte[] photo = MediaFiles.uniqueJpeg(1600, 1200, System.nanoTime());

        Reply first = upload(fixtures.member(), "CHECKIN", "a.jpg", photo);
        Reply second = upload(fixtures.member(), "CHAT", "b.jpg", MediaFiles.withComment(photo, "another copy"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("id").asString()).isNotEqualTo(first.json().path("id").asString());
        Long firstBlob = jdbc.queryForObject("SELECT blob_id FROM media WHERE id = ?", Long.class,
                first.json().path("id").asLong());
        Long secondBlob = jdbc.queryForObject("SELECT blob_id FROM media WHERE id = ?", Long.class,
                second.json().path("id").asLong());
        assertThat(secondBlob).isEqualTo(firstBlob);
        assertThat(second.json().path("width").asInt()).isEqualTo(1600);
        assertThat(fetch(port, second.json().path("url").asString()).body()).isEqualTo(photo);
        assertThat(fetch(port, second.json().path("thumbUrl").asString()).statusCode()).isEqualTo(200);
    }

    private static Metadata exif(byte[] bytes) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes));
    }

    /** Close to the block's 0xC8102E, JPEG's losses allowed for. */
    private static boolean red(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return Math.abs(r - 0xC8) < 30 && Math.abs(g - 0x10) < 30 && Math.abs(b - 0x2E) < 30;
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
