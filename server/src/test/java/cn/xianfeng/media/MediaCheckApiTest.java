package cn.xianfeng.media;

import static cn.xianfeng.support.Eventually.eventually;
import static cn.xianfeng.media.MediaTestSupport.fetch;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import cn.xianfeng.wechat.WeChatPushSignature;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * WeChat's asynchronous image check against the simulator: the submission after upload, the signed push that
 * delivers the verdict, what a risky verdict hides, what a forged push changes (nothing), and the retries.
 */
@ApiTest
@Import(MediaTestSupport.Config.class)
class MediaCheckApiTest extends ApiTestBase {

    private static final String PUSH_TOKEN = "test-push-token";

    @Autowired
    MediaDirectory directory;
    @Autowired
    MediaChecks checks;
    @Autowired
    MediaTestSupport.PublishedEvents published;
    @Autowired
    MovableClock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void cleanUp() {
        clock.reset();
        api.send("DELETE", "/wx-sim/_outages/media_check_async", null, null, null);
    }

    private Reply uploadPhoto(String member, String purpose) {
        return MediaTestSupport.upload(port, "/api/mp/media", member, purpose, "a.jpg",
                MediaFiles.uniqueJpeg(320, 240, System.nanoTime()));
    }

    /** The simulator's record of the submission for this media, once the after-commit submission has run. */
    private JsonNode submission(long mediaId) {
        JsonNode[] found = new JsonNode[1];
        eventually(() -> {
            for (JsonNode check : api.get("/wx-sim/_media-checks", null).json()) {
                if (check.path("mediaUrl").asString().contains("/api/media/" + mediaId + "/original?")) {
                    found[0] = check;
                }
            }
            assertThat(found[0]).as("submission of media " + mediaId).isNotNull();
        });
        eventually(() -> assertThat(traceId(mediaId)).isEqualTo(found[0].path("traceId").asString()));
        return found[0];
    }

    private String traceId(long mediaId) {
        return jdbc.queryForObject("SELECT check_trace_id FROM media WHERE id = ?", String.class, mediaId);
    }

    private String status(long mediaId) {
        return jdbc.queryForObject("SELECT check_status FROM media WHERE id = ?", String.class, mediaId);
    }

    private Reply deliver(String traceId, String suggest, String mode) {
        return api.post("/wx-sim/_media-checks/" + traceId + "/deliver?suggest=" + suggest + "&mode=" + mode, null,
                null);
    }

    @Test
    void aMembersImageIsSubmittedWithALongLivedPublicLinkAndTheirOpenid() {
        String member = fixtures.member();
        Reply upload = uploadPhoto(member, "CHECKIN");
        long id = upload.json().path("id").asLong();

        JsonNode check = submission(id);

        assertThat(check.path("mediaUrl").asString()).matches("http://127\\.0\\.0\\.1:\\d+/api/media/" + id
                + "/original\\?exp=\\d+&sig=.+");
        assertThat(check.path("scene").asInt()).isEqualTo(4);
        assertThat(check.path("openid").asString()).isEqualTo(jdbc.queryForObject(
                "SELECT openid FROM app_user WHERE id = ?", String.class, Long.parseLong(fixtures.userId(member))));
        assertThat(status(id)).isEqualTo("PENDING");
        // WeChat downloads the image through the same kind of signed link, without a token.
        String path = check.path("mediaUrl").asString().replaceFirst("http://127\\.0\\.0\\.1:\\d+", "");
        assertThat(fetch(port, path).statusCode()).isEqualTo(200);
        JsonNode request = api.get("/wx-sim/_records?api=media_check_async", null).json().get(0).path("request");
        assertThat(request.path("version").asInt()).isEqualTo(2);
        assertThat(request.path("media_type").asInt()).isEqualTo(2);
    }

    @Test
    void aRiskyVerdictHidesTheImageEverywhereAndTellsTheUploader() {
        String member = fixtures.member();
        Reply upload = uploadPhoto(member, "CHAT");
        long id = upload.json().path("id").asLong();
        String url = upload.json().path("url").asString();
        String thumbUrl = upload.json().path("thumbUrl").asString();
        String traceId = submission(id).path("traceId").asString();
        transaction.executeWithoutResult(status -> events.publishEvent(new MediaUsed(List.of(id), "chat-message",
                "4242")));
        eventually(() -> assertThat(directory.find(id).orElseThrow().attached()).isTrue());

        Reply delivered = deliver(traceId, "risky", "plain");

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.json().path("status").asInt()).isEqualTo(200);
        assertThat(delivered.json().path("body").asString()).isEqualTo("success");
        eventually(() -> assertThat(status(id)).isEqualTo("RISKY"));
        assertThat(fetch(port, url).statusCode()).isEqualTo(404);
        assertThat(fetch(port, thumbUrl).statusCode()).isEqualTo(404);
        assertThat(directory.linksOf(List.of(id))).isEmpty();
        assertThat(directory.links(id)).isEmpty();
        assertThat(directory.find(id).orElseThrow().hidden()).isTrue();
        JsonNode view = api.get("/api/mp/media/" + id, member).json();
        assertThat(view.path("hidden").asBoolean()).isTrue();
        assertThat(view.path("checkStatus").asString()).isEqualTo("RISKY");
        assertThat(view.path("url").isNull()).isTrue();
        eventually(() -> assertThat(published.hidden).anySatisfy(hidden -> {
            assertThat(hidden.mediaId()).isEqualTo(id);
            assertThat(hidden.uploader()).isEqualTo(MediaUploader.member(Long.parseLong(fixtures.userId(member))));
            assertThat(hidden.usedBy()).isEqualTo("chat-message");
            assertThat(hidden.usedById()).isEqualTo("4242");
        }));
    }

    @Test
    void aPassingVerdictKeepsTheImageShown() {
        Reply upload = uploadPhoto(fixtures.member(), "AVATAR");
        long id = upload.json().path("id").asLong();
        JsonNode check = submission(id);
        assertThat(check.path("scene").asInt()).isEqualTo(1);

        deliver(check.path("traceId").asString(), "pass", "plain");

        eventually(() -> assertThat(status(id)).isEqualTo("PASSED"));
        assertThat(fetch(port, upload.json().path("url").asString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aSafeModePushIsDecryptedAndActedOn() {
        Reply upload = uploadPhoto(fixtures.member(), "CHECKIN");
        long id = upload.json().path("id").asLong();

        Reply delivered = deliver(submission(id).path("traceId").asString(), "risky", "safe");

        assertThat(delivered.json().path("status").asInt()).isEqualTo(200);
        eventually(() -> assertThat(status(id)).isEqualTo("RISKY"));
        assertThat(fetch(port, upload.json().path("url").asString()).statusCode()).isEqualTo(404);
    }

    @Test
    void aPushWithABadSignatureIs403AndChangesNothing() {
        Reply upload = uploadPhoto(fixtures.member(), "CHECKIN");
        long id = upload.json().path("id").asLong();
        String traceId = submission(id).path("traceId").asString();
        String body = "{\"Event\":\"wxa_media_check\",\"trace_id\":\"" + traceId
                + "\",\"errcode\":0,\"result\":{\"suggest\":\"risky\",\"label\":20002}}";
        String forged = WeChatPushSignature.sign("not-the-token", "1700000000", "42");

        Reply wrong = api.send("POST", "/api/wechat/push?signature=" + forged + "&timestamp=1700000000&nonce=42",
                body, "application/json", null);
        Reply missing = api.send("POST", "/api/wechat/push", body, "application/json", null);
        Reply safeForged = api.send("POST", "/api/wechat/push?signature="
                + WeChatPushSignature.sign(PUSH_TOKEN, "1700000000", "42")
                + "&timestamp=1700000000&nonce=42&encrypt_type=aes&msg_signature=abc",
                "{\"Encrypt\":\"AAAA\"}", "application/json", null);

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("FORBIDDEN");
        assertThat(missing.status()).isEqualTo(403);
        assertThat(safeForged.status()).isEqualTo(403);
        // The same body, signed, is acted on: the refusals above were the signature's doing.
        String signed = WeChatPushSignature.sign(PUSH_TOKEN, "1700000001", "43");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(fetch(port, upload.json().path("url").asString()).statusCode()).isEqualTo(200);
        Reply accepted = api.send("POST", "/api/wechat/push?signature=" + signed + "&timestamp=1700000001&nonce=43",
                body, "application/json", null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body()).isEqualTo("success");
        eventually(() -> assertThat(status(id)).isEqualTo("RISKY"));
    }

    @Test
    void theUrlCheckEchoesOnlyWhenSigned() {
        String signature = WeChatPushSignature.sign(PUSH_TOKEN, "1714036504", "1514711492");

        Reply good = api.get("/api/wechat/push?signature=" + signature
                + "&timestamp=1714036504&nonce=1514711492&echostr=hello123", null);
        Reply bad = api.get("/api/wechat/push?signature=f464b24fc39322e44b38aa78f5edd27bd1441696"
                + "&timestamp=1714036504&nonce=1514711492&echostr=hello123", null);

        assertThat(good.status()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("hello123");
        assertThat(bad.status()).isEqualTo(403);
        // WeChat's own example: token AAAAA.
        assertThat(WeChatPushSignature.sign("AAAAA", "1714036504", "1514711492"))
                .isEqualTo("f464b24fc39322e44b38aa78f5edd27bd1441696");
    }

    @Test
    void whenWeChatIsDownTheSubmissionIsRetriedLaterByTheRound() {
        api.put("/wx-sim/_outages/media_check_async", null, null);
        Reply upload = uploadPhoto(fixtures.member(), "PROGRESS");
        long id = upload.json().path("id").asLong();

        eventually(() -> assertThat(jdbc.queryForObject("SELECT check_attempts FROM media WHERE id = ?",
                Integer.class, id)).isEqualTo(1));
        assertThat(traceId(id)).isNull();
        assertThat(status(id)).isEqualTo("PENDING");
        // Not due yet: the round leaves it alone.
        checks.submitDue();
        assertThat(traceId(id)).isNull();

        api.send("DELETE", "/wx-sim/_outages/media_check_async", null, null, null);
        clock.move(Duration.ofMinutes(2));
        checks.submitDue();

        assertThat(traceId(id)).startsWith("sim-media-");
        assertThat(status(id)).isEqualTo("PENDING");
    }

    @Test
    void pdfsAreNotSubmitted() {
        Reply pdf = MediaTestSupport.upload(port, "/api/mp/media", fixtures.member(), "ATTACHMENT", "a.pdf",
                MediaFiles.pdf(1000));

        assertThat(pdf.json().path("checkStatus").asString()).isEqualTo("NOT_CHECKED");
        assertThat(jdbc.queryForObject("SELECT next_check_at IS NULL FROM media WHERE id = ?", Boolean.class,
                pdf.json().path("id").asLong())).isTrue();
    }

}
