package cn.xianfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The avatar is an upload of the media feature: {@code POST /api/mp/media} (purpose AVATAR), then
 * {@code PATCH /api/mp/me {avatarMediaId}}; everyone is shown a signed link to its thumbnail.
 */
@ApiTest
class MemberAvatarApiTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String THUMB_LINK = "/api/media/\\d+/thumb\\?exp=\\d+&sig=[A-Za-z0-9_-]+";

    MediaFixtures media;

    @BeforeEach
    void setUp() {
        media = new MediaFixtures(port, api, jdbc);
    }

    private Reply patch(String token, Map<String, ?> body) {
        return api.send("PATCH", "/api/mp/me", JSON.writeValueAsString(body), "application/json", token);
    }

    private int uses(String mediaId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM media_use WHERE media_id = ? AND used_by = 'avatar'",
                Integer.class, Long.parseLong(mediaId));
    }

    /** Media attaches and releases after the profile's commit, on another thread. */
    private void awaitUses(String mediaId, int expected) {
        for (int i = 0; i < 100 && uses(mediaId) != expected; i++) {
            MediaFixtures.pause(50);
        }
        assertThat(uses(mediaId)).isEqualTo(expected);
    }

    @Test
    void anAvatarUploadBecomesTheProfilesAvatarShownThroughASignedThumbnailLink() throws Exception {
        String member = fixtures.member();
        String upload = media.memberImage(member, "AVATAR");

        Reply set = patch(member, Map.of("avatarMediaId", upload));

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("id").asString()).isEqualTo(fixtures.userId(member));
        assertThat(set.json().path("avatarMediaId").asString()).isEqualTo(upload);
        String avatarUrl = set.json().path("avatarUrl").asString();
        assertThat(avatarUrl).matches(THUMB_LINK).startsWith("/api/media/" + upload + "/thumb");
        assertThat(api.get("/api/mp/me", member).json().path("avatarUrl").asString()).isEqualTo(avatarUrl);

        // No token: an <image> sends none.
        HttpResponse<byte[]> served = media.fetch(avatarUrl);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(served.body()))).isNotNull();
        // In use now: the orphan job leaves it alone.
        awaitUses(upload, 1);
    }

    @Test
    void othersSeeTheAvatarWhereverTheMemberIsShown() {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        String upload = media.memberImage(pioneer, "AVATAR");
        String avatarUrl = patch(pioneer, Map.of("avatarMediaId", upload)).json().path("avatarUrl").asString();
        String member = fixtures.joined(pioneer, cobuildingId, "MEMBER",
                fixtures.unitOf(pioneer, cobuildingId, "LEAD"));

        JsonNode people = api.get("/api/mp/cobuildings/" + cobuildingId, member).json().path("memberGroups");
        assertThat(people.findValuesAsString("avatarUrl")).contains(avatarUrl);
        String conversationId = groupOf(member, cobuildingId);
        Reply sent = api.post("/api/mp/conversations/" + conversationId + "/messages",
                Map.of("clientMsgId", UUID.randomUUID().toString(), "type", "TEXT", "text", "大家好"), pioneer);
        assertThat(sent.json().path("sender").path("avatarUrl").asString()).isEqualTo(avatarUrl);
        JsonNode page = api.get("/api/mp/conversations/" + conversationId + "/messages?afterSeq=0", member).json();
        assertThat(page.path("items").findValuesAsString("avatarUrl")).contains(avatarUrl);
        assertThat(media.fetch(avatarUrl).statusCode()).isEqualTo(200);
    }

    private String groupOf(String token, String cobuildingId) {
        for (JsonNode c : api.get("/api/mp/conversations", token).json().path("items")) {
            if (cobuildingId.equals(c.path("cobuildingId").asString())) {
                return c.path("id").asString();
            }
        }
        throw new AssertionError("no group conversation");
    }

    @Test
    void onlyTheMembersOwnAvatarImageUploadIsTaken() {
        String member = fixtures.member();
        String other = fixtures.member();
        String theirs = media.memberImage(other, "AVATAR");
        String chatImage = media.memberImage(member, "CHAT");
        String pdf = media.memberPdf(member);

        for (String refused : new String[] {theirs, chatImage, pdf, "999999999"}) {
            Reply reply = patch(member, Map.of("nickname", "新名字", "avatarMediaId", refused));
            assertThat(reply.status()).as(refused).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("VALIDATION_FAILED");
            assertThat(reply.json().path("errors").path("avatarMediaId").asString()).isNotBlank();
        }
        for (String malformed : new String[] {"abc", "-1", "0", "/api/avatars/abc"}) {
            Reply reply = patch(member, Map.of("avatarMediaId", malformed));
            assertThat(reply.status()).as(malformed).isEqualTo(422);
            assertThat(reply.json().path("errors").path("avatarMediaId").asString()).isEqualTo("头像图片编号不正确");
        }
        // Nothing of a refused request was applied, the nickname included.
        Reply me = api.get("/api/mp/me", member);
        assertThat(me.json().path("avatarUrl").isNull()).isTrue();
        assertThat(me.json().path("nickname").isNull()).isTrue();
    }

    @Test
    void aNewAvatarReleasesTheOldOneAndAnEmptyStringClearsIt() {
        String member = fixtures.member();
        String first = media.memberImage(member, "AVATAR");
        String second = media.memberImage(member, "AVATAR");
        patch(member, Map.of("avatarMediaId", first));
        awaitUses(first, 1);

        Reply replaced = patch(member, Map.of("avatarMediaId", second, "nickname", "换头像"));

        assertThat(replaced.json().path("avatarUrl").asString()).startsWith("/api/media/" + second + "/thumb");
        assertThat(replaced.json().path("nickname").asString()).isEqualTo("换头像");
        awaitUses(second, 1);
        awaitUses(first, 0);

        // A nickname change leaves the avatar as it is.
        assertThat(patch(member, Map.of("nickname", "只改名字")).json().path("avatarMediaId").asString())
                .isEqualTo(second);

        Reply cleared = patch(member, Map.of("avatarMediaId", ""));
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("avatarUrl").isNull()).isTrue();
        assertThat(cleared.json().path("avatarMediaId").isNull()).isTrue();
        assertThat(cleared.json().path("nickname").asString()).isEqualTo("只改名字");
        assertThat(api.get("/api/mp/me", member).json().path("avatarUrl").isNull()).isTrue();
        awaitUses(second, 0);
    }

    @Test
    void anAvatarJudgedRiskyIsShownAsNone() {
        String pioneer = fixtures.member();
        String cobuildingId = fixtures.cobuilding(pioneer, 0);
        String upload = media.memberImage(pioneer, "AVATAR");
        String avatarUrl = patch(pioneer, Map.of("avatarMediaId", upload)).json().path("avatarUrl").asString();
        // Read once, so the profile and the link are cached on this instance.
        assertThat(api.get("/api/mp/me", pioneer).json().path("avatarUrl").asString()).isEqualTo(avatarUrl);
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("memberGroups")
                .findValuesAsString("avatarUrl")).contains(avatarUrl);

        media.judgeRisky(upload);

        for (int i = 0; i < 100 && !api.get("/api/mp/me", pioneer).json().path("avatarUrl").isNull(); i++) {
            MediaFixtures.pause(50);
        }
        assertThat(api.get("/api/mp/me", pioneer).json().path("avatarUrl").isNull()).isTrue();
        assertThat(api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("memberGroups")
                .findValuesAsString("avatarUrl")).doesNotContain(avatarUrl);
        assertThat(media.fetch(avatarUrl).statusCode()).isEqualTo(404);
        // Nor can it be taken again.
        Reply again = patch(pioneer, Map.of("avatarMediaId", upload));
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("errors").path("avatarMediaId").asString()).isNotBlank();
    }

    @Test
    void theStopgapAvatarEndpointsAreGone() {
        String member = fixtures.member();
        assertThat(api.post("/api/mp/me/avatar", Map.of("file", "x"), member).status()).isIn(404, 405, 415);
        assertThat(api.get("/api/avatars/abc", null).status()).isIn(401, 404);
    }

    @Test
    void putMeansTheSameAsPatch() {
        String member = fixtures.member();
        String upload = media.memberImage(member, "AVATAR");

        Reply put = api.put("/api/mp/me", Map.of("avatarMediaId", upload, "realName", "张三"), member);

        assertThat(put.status()).isEqualTo(200);
        assertThat(put.json().path("avatarUrl").asString()).startsWith("/api/media/" + upload + "/thumb");
        assertThat(put.json().path("realName").asString()).isEqualTo("张三");
    }

    @Test
    void nicknamesAreTrimmedAndAtMostTwentyCharacters() {
        String member = fixtures.member();
        String twenty = "😀".repeat(20);

        Reply ok = patch(member, Map.of("nickname", "  " + twenty + "  "));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("nickname").asString()).isEqualTo(twenty);

        Map<String, Object> tooLong = new HashMap<>();
        tooLong.put("nickname", "长".repeat(21));
        Reply refused = patch(member, tooLong);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("errors").path("nickname").asString()).isEqualTo("昵称最多 20 个字");
    }
}
