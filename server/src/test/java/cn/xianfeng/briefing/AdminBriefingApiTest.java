package cn.xianfeng.briefing;

import static cn.xianfeng.briefing.BriefingFixtures.draft;
import static cn.xianfeng.support.Eventually.eventually;
import static cn.xianfeng.briefing.BriefingFixtures.toCobuildings;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.media.MediaFiles;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The bureau's side of briefings: drafts and their validation, sanitised bodies, PDF attachments, corrections that
 * keep every version and say so in chat, withdrawal, and who may do what.
 */
@ApiTest
class AdminBriefingApiTest extends ApiTestBase {

    BriefingFixtures briefings;
    String bureau;
    String pioneer;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        briefings = new BriefingFixtures(api, jdbc, port);
        bureau = fixtures.admin("BUREAU_ADMIN");
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
    }

    @Test
    void aBodyLosesScriptsEventHandlersAndJavascriptLinksWhenSaved() {
        Map<String, Object> body = draft("安全正文", toCobuildings(cobuildingId));
        body.put("body", "# 标题\n\n<script>alert(1)</script>\n\n<p onclick=\"steal()\">段落</p>\n\n"
                + "<img src=x onerror=\"alert(2)\">\n\n[点我](javascript:alert(3)) 和 <a href=\"javascript:alert(4)\">链接</a>"
                + "\n\n[官网](https://kjj.example.gov.cn/policy)");

        Reply created = api.post("/api/admin/briefings", body, bureau);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String html = created.json().path("bodyHtml").asString();
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("onclick").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<img");
        assertThat(html).contains("<h1>标题</h1>").contains("段落").contains("href=\"https://kjj.example.gov.cn/policy\"");
        assertThat(created.json().path("body").asString()).contains("<script>");
        String id = created.json().path("id").asString();
        Reply preview = api.get("/api/admin/briefings/" + id + "/preview", bureau);
        assertThat(preview.json().path("bodyHtml").asString()).isEqualTo(html);
    }

    @Test
    void anIncompleteOrUnreachableDraftIsRefusedWithTheFieldsAtFault() {
        Reply blank = api.post("/api/admin/briefings", Map.of("title", " ", "targeting", Map.of("scope", "ALL")),
                bureau);
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().path("errors").has("title")).isTrue();
        assertThat(blank.json().path("errors").has("category")).isTrue();
        assertThat(blank.json().path("errors").has("body")).isTrue();

        Reply noCobuildings = api.post("/api/admin/briefings", draft("无范围", Map.of("scope", "COBUILDINGS")), bureau);
        assertThat(noCobuildings.status()).isEqualTo(422);
        assertThat(noCobuildings.code()).isEqualTo("TARGETING_INVALID");
        Reply unknown = api.post("/api/admin/briefings", draft("未知先锋号", toCobuildings("999999999")), bureau);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("TARGETING_INVALID");
        Reply noTypes = api.post("/api/admin/briefings", draft("无类型", Map.of("scope", "UNIT_TYPES")), bureau);
        assertThat(noTypes.status()).isEqualTo(422);
        assertThat(noTypes.code()).isEqualTo("TARGETING_INVALID");
    }

    @Test
    void onlyBriefingManagersWriteAndMemberTokensAreNotAdmins() {
        String viewer = fixtures.admin("VIEWER");
        String id = briefings.created(draft("权限测试", toCobuildings(cobuildingId)), bureau);

        Reply viewerCreate = api.post("/api/admin/briefings", draft("查看者", toCobuildings(cobuildingId)), viewer);
        assertThat(viewerCreate.status()).isEqualTo(403);
        assertThat(api.post("/api/admin/briefings/" + id + "/publish", null, viewer).status()).isEqualTo(403);
        assertThat(api.send("PATCH", "/api/admin/briefings/" + id, "{\"title\":\"改\"}", "application/json", viewer)
                .status()).isEqualTo(403);
        assertThat(api.get("/api/admin/briefings/" + id, viewer).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/briefings?status=DRAFT", fixtures.admin("LIAISON")).status()).isEqualTo(200);
        assertThat(api.get("/api/admin/briefings", pioneer).status()).isEqualTo(401);
        assertThat(api.post("/api/admin/briefings", draft("成员", toCobuildings(cobuildingId)), pioneer).status())
                .isEqualTo(401);
        assertThat(api.get("/api/admin/briefings/999999999", bureau).code()).isEqualTo("BRIEFING_NOT_FOUND");
    }

    @Test
    void aDraftIsEditableUntilPublishedAndInvisibleToMembersMeanwhile() {
        LocalDate deadline = LocalDate.now().plusDays(30);
        Map<String, Object> body = draft("草稿", toCobuildings(cobuildingId));
        body.put("applyDeadline", deadline.toString());
        String id = briefings.created(body, bureau);
        assertThat(api.get("/api/mp/briefings/" + id, pioneer).status()).isEqualTo(404);

        Reply edited = api.send("PATCH", "/api/admin/briefings/" + id,
                "{\"title\":\"改过的草稿\",\"clearApplyDeadline\":true}", "application/json", bureau);

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("title").asString()).isEqualTo("改过的草稿");
        assertThat(edited.json().path("applyDeadline").isNull()).isTrue();
        assertThat(edited.json().path("summary").asString()).isEqualTo("研发费用按实际发生额在税前加计扣除");
        assertThat(api.post("/api/admin/briefings/" + id + "/publish", null, bureau).status()).isEqualTo(200);
        Reply late = api.send("PATCH", "/api/admin/briefings/" + id, "{\"title\":\"再改\"}", "application/json", bureau);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("BRIEFING_NOT_DRAFT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_type = 'briefing'"
                + " AND target_id = ?", Integer.class, id)).isEqualTo(3);
    }

    @Test
    void aCorrectionKeepsEveryVersionUpdatesTheCardAndSaysWhatChangedInChat() {
        String id = briefings.published(draft("奖补申报", toCobuildings(cobuildingId)), bureau);
        eventually(() -> assertThat(briefings.cards(cobuildingId, "BRIEFING", "briefing", id)).isEqualTo(1));

        Reply corrected = api.post("/api/admin/briefings/" + id + "/corrections",
                Map.of("summary", "奖补比例更正为 10%", "changeNote", "奖补比例由 5% 更正为 10%"), bureau);

        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
        JsonNode versions = api.get("/api/admin/briefings/" + id + "/versions", bureau).json().path("items");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("summary").asString()).isEqualTo("奖补比例更正为 10%");
        assertThat(versions.get(0).path("changeNote").asString()).isEqualTo("奖补比例由 5% 更正为 10%");
        assertThat(versions.get(1).path("summary").asString()).isEqualTo("研发费用按实际发生额在税前加计扣除");
        JsonNode seen = api.get("/api/mp/briefings/" + id, pioneer).json();
        assertThat(seen.path("version").asInt()).isEqualTo(2);
        assertThat(seen.path("changeNote").asString()).isEqualTo("奖补比例由 5% 更正为 10%");
        assertThat(seen.path("correctedAt").isNull()).isFalse();
        eventually(() -> assertThat(briefings.cardPayload(cobuildingId, "SYSTEM", "briefing-correction", id + ":2"))
                .contains("《奖补申报》已更正：奖补比例由 5% 更正为 10%"));
        eventually(() -> assertThat(briefings.cardPayload(cobuildingId, "BRIEFING", "briefing", id))
                .contains("奖补比例更正为 10%"));
        Reply noNote = api.post("/api/admin/briefings/" + id + "/corrections", Map.of("title", "无说明"), bureau);
        assertThat(noNote.status()).isEqualTo(422);
        assertThat(noNote.json().path("errors").has("changeNote")).isTrue();
    }

    @Test
    void anUnpublishedBriefingIsHiddenFromMembersAndItsCardMarkedWithdrawn() {
        String id = briefings.published(draft("将撤回", toCobuildings(cobuildingId)), bureau);
        eventually(() -> assertThat(briefings.cards(cobuildingId, "BRIEFING", "briefing", id)).isEqualTo(1));
        assertThat(api.get("/api/mp/briefings/" + id, pioneer).status()).isEqualTo(200);

        Reply withdrawn = api.post("/api/admin/briefings/" + id + "/unpublish", null, bureau);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").asString()).isEqualTo("UNPUBLISHED");
        assertThat(api.get("/api/mp/briefings/" + id, pioneer).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/briefings?size=100", pioneer).body()).doesNotContain("\"id\":\"" + id + "\"");
        eventually(() -> assertThat(briefings.cardPayload(cobuildingId, "BRIEFING", "briefing", id))
                .contains("\"withdrawn\":true"));
        Reply again = api.post("/api/admin/briefings/" + id + "/unpublish", null, bureau);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("BRIEFING_NOT_PUBLISHED");
        assertThat(api.post("/api/admin/briefings/" + id + "/corrections", Map.of("changeNote", "x"), bureau)
                .code()).isEqualTo("BRIEFING_NOT_PUBLISHED");
    }

    @Test
    void attachmentsMustBePdfsTheBureauUploadedAsAttachments() {
        Reply pdf = briefings.upload("/api/admin/media", bureau, "ATTACHMENT", "guide.pdf", MediaFiles.pdf(4000));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
        Reply memberPdf = briefings.upload("/api/mp/media", pioneer, "ATTACHMENT", "m.pdf", MediaFiles.pdf(3000));
        assertThat(memberPdf.status()).as(memberPdf.body()).isEqualTo(201);
        Reply image = briefings.upload("/api/admin/media", bureau, "CHAT", "a.jpg", MediaFiles.jpeg(64, 64));
        assertThat(image.status()).as(image.body()).isEqualTo(201);

        Map<String, Object> body = draft("附件", toCobuildings(cobuildingId));
        body.put("attachments", List.of(Map.of("mediaId", pdf.json().path("id").asString(), "name", "申报指南.pdf")));
        String id = briefings.published(body, bureau);
        JsonNode attachment = api.get("/api/mp/briefings/" + id, pioneer).json().path("attachments").get(0);
        assertThat(attachment.path("id").asString()).isEqualTo(pdf.json().path("id").asString());
        assertThat(attachment.path("name").asString()).isEqualTo("申报指南.pdf");
        assertThat(attachment.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.path("url").asString()).startsWith("/api/media/");

        for (Reply wrong : List.of(memberPdf, image)) {
            Map<String, Object> refused = draft("错误附件", toCobuildings(cobuildingId));
            refused.put("attachments", List.of(Map.of("mediaId", wrong.json().path("id").asString(), "name", "x")));
            Reply reply = api.post("/api/admin/briefings", refused, bureau);
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("ATTACHMENT_INVALID");
            assertThat(reply.json().path("errors").has("attachments")).isTrue();
        }
    }
}
