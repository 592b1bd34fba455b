package cn.xianfeng.media;

import static cn.xianfeng.media.MediaTestSupport.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Signed links: what a tampered or expired one answers, caching, and what other features get from the directory. */
@ApiTest
@Import(MediaTestSupport.Config.class)
class MediaLinkApiTest extends ApiTestBase {

    @Autowired
    MovableClock clock;
    @Autowired
    MediaDirectory directory;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Reply uploadPhoto(String member) {
        return MediaTestSupport.upload(port, "/api/mp/media", member, "CHECKIN", "a.jpg",
                MediaFiles.uniqueJpeg(300, 200, System.nanoTime()));
    }

    @Test
    void aLinkIsPublicCachedPrivatelyUntilItExpiresAndNotSniffed() {
        String member = fixtures.member();
        Reply upload = uploadPhoto(member);
        String url = upload.json().path("url").asString();

        HttpResponse<byte[]> served = fetch(port, url);

        assertThat(served.statusCode()).isEqualTo(200);
        long exp = Long.parseLong(url.replaceAll(".*exp=(\\d+).*", "$1"));
        long now = System.currentTimeMillis() / 1000;
        // Valid at least a day, on a 6-hour boundary, so the same link is issued for hours.
        assertThat(exp - now).isBetween(24L * 3600, 30L * 3600);
        assertThat(exp % (6 * 3600)).isZero();
        String cacheControl = served.headers().firstValue("Cache-Control").orElse("");
        assertThat(cacheControl).startsWith("private, max-age=");
        long maxAge = Long.parseLong(cacheControl.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertThat(maxAge).isBetween(exp - now - 5, exp - now);
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String etag = served.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");

        HttpResponse<byte[]> again = fetch(port, url, Map.of("If-None-Match", etag));
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // The same media's link is the same string on the next read.
        assertThat(api.get("/api/mp/media/" + upload.json().path("id").asString(), member).json().path("url")
                .asString()).isEqualTo(url);
    }

    @Test
    void aTamperedLinkIs403Invalid() {
        Reply upload = uploadPhoto(fixtures.member());
        String url = upload.json().path("url").asString();
        String id = upload.json().path("id").asString();
        Reply other = uploadPhoto(fixtures.member());

        String changedSig = url.substring(0, url.length() - 2) + (url.endsWith("A") ? "BB" : "AA");
        String otherId = url.replace("/api/media/" + id + "/", "/api/media/" + other.json().path("id").asString()
                + "/");
        long exp = Long.parseLong(url.replaceAll(".*exp=(\\d+).*", "$1"));
        String laterExp = url.replace("exp=" + exp, "exp=" + (exp + 86400));

        for (String tampered : List.of(changedSig, otherId, laterExp, "/api/media/" + id + "/original",
                "/api/media/" + id + "/original?exp=abc&sig=x")) {
            Reply reply = get(tampered);
            assertThat(reply.status()).as(tampered).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("MEDIA_LINK_INVALID");
        }
    }

    @Test
    void anExpiredLinkIs403Expired() {
        String url = uploadPhoto(fixtures.member()).json().path("url").asString();

        clock.move(Duration.ofDays(3));
        Reply reply = get(url);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("MEDIA_LINK_EXPIRED");
        assertThat(reply.json().path("title").asString()).isEqualTo("链接已过期");
    }

    @Test
    void theDirectoryAnswersForExistingMediaOnly() {
        String member = fixtures.member();
        Reply first = uploadPhoto(member);
        Reply pdf = MediaTestSupport.upload(port, "/api/mp/media", member, "ATTACHMENT", "a.pdf",
                MediaFiles.pdf(3000));
        long firstId = first.json().path("id").asLong();
        long pdfId = pdf.json().path("id").asLong();
        long userId = Long.parseLong(fixtures.userId(member));

        Map<Long, MediaLinks> links = directory.linksOf(List.of(firstId, pdfId, 999_999_999L));
        MediaInfo info = directory.find(firstId).orElseThrow();

        assertThat(links).containsOnlyKeys(firstId, pdfId);
        assertThat(links.get(firstId).thumbUrl()).startsWith("/api/media/" + firstId + "/thumb?");
        assertThat(links.get(firstId).width()).isEqualTo(300);
        assertThat(links.get(pdfId).thumbUrl()).isNull();
        assertThat(links.get(firstId).url()).isEqualTo(first.json().path("url").asString());
        assertThat(info.uploadedByMember(userId)).isTrue();
        assertThat(info.uploadedByAdmin(userId)).isFalse();
        assertThat(info.image()).isTrue();
        assertThat(info.purpose()).isEqualTo(MediaPurpose.CHECKIN);
        assertThat(info.attached()).isFalse();
        assertThat(directory.find(pdfId).orElseThrow().image()).isFalse();
        assertThat(directory.find(999_999_999L)).isEmpty();
        assertThat(directory.findAll(List.of(firstId, pdfId, 999_999_999L))).containsOnlyKeys(firstId, pdfId);
        assertThat(directory.links(firstId)).isPresent();
    }

    @Test
    void anUnknownVariantOrMediaIs404() {
        Reply upload = uploadPhoto(fixtures.member());
        String url = upload.json().path("url").asString();

        assertThat(get(url.replace("/original?", "/poster?")).status()).isEqualTo(404);
        assertThat(get("/api/media/abc/original?exp=1&sig=x").status()).isEqualTo(404);
    }

    private Reply get(String path) {
        return api.get(path, null);
    }
}
