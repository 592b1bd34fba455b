package cn.xianfeng.goal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 八有 checklist through the API: members tick with evidence, the bureau reviews and keeps the item list. */
@ApiTest
class ChecklistApiTest extends ApiTestBase {

    static final List<String> EIGHT = List.of("有固定活动场所", "有党旗党徽标识", "有制度上墙", "有学习书报资料", "有活动设施",
            "有电教设备", "有工作台账", "有宣传园地");

    @Autowired
    GoalDirectory directory;

    String pioneer;
    String liaison;
    String member;
    String cobuildingId;
    String bureau;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        liaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuildingId, "PARTNER"));
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        bureau = fixtures.admin("BUREAU_ADMIN");
    }

    // --- reading and ticking ------------------------------------------------------------------------------------

    @Test
    void everyMemberSeesTheSeededEightInOrderAndOnlyThePioneerAndLiaisonsMayTick() {
        JsonNode seen = api.get(checklistOf(cobuildingId), member).json();
        List<String> names = new ArrayList<>();
        seen.path("items").forEach(i -> names.add(i.path("name").asString()));
        assertThat(names.subList(0, 8)).isEqualTo(EIGHT);
        assertThat(seen.path("total").asInt()).isEqualTo(names.size());
        assertThat(seen.path("confirmedCount").asInt()).isZero();
        assertThat(seen.path("tickedCount").asInt()).isZero();
        assertThat(seen.path("items").get(0).path("tick").isNull()).isTrue();
        assertThat(seen.path("editable").asBoolean()).isFalse();
        assertThat(api.get(checklistOf(cobuildingId), pioneer).json().path("editable").asBoolean()).isTrue();
        assertThat(api.get(checklistOf(cobuildingId), liaison).json().path("editable").asBoolean()).isTrue();
    }

    @Test
    void thePioneerAndAUnitLiaisonTickItemsWithTheirOwnPhotos() throws InterruptedException {
        Reply byPioneer = api.put(itemOf(cobuildingId, item(0)), tick("党员活动室 120 平方米", photo(pioneer)), pioneer);
        assertThat(byPioneer.status()).as(byPioneer.body()).isEqualTo(200);
        JsonNode entry = byPioneer.json();
        assertThat(entry.path("itemId").asString()).isEqualTo(item(0));
        assertThat(entry.path("name").asString()).isEqualTo(EIGHT.get(0));
        assertThat(entry.path("tick").path("status").asString()).isEqualTo("TICKED");
        assertThat(entry.path("tick").path("note").asString()).isEqualTo("党员活动室 120 平方米");
        assertThat(entry.path("tick").path("photos")).hasSize(1);
        assertThat(entry.path("tick").path("photos").get(0).path("thumbUrl").asString()).isNotBlank();
        assertThat(entry.path("tick").path("tickedBy").path("userId").asString()).isEqualTo(fixtures.userId(pioneer));
        assertThat(entry.path("tick").path("reviewedAt").isNull()).isTrue();

        Reply byLiaison = api.put(itemOf(cobuildingId, item(1)), tick(null, photo(liaison), photo(liaison)), liaison);
        assertThat(byLiaison.status()).as(byLiaison.body()).isEqualTo(200);
        assertThat(byLiaison.json().path("tick").path("photos")).hasSize(2);

        JsonNode seen = api.get(checklistOf(cobuildingId), member).json();
        assertThat(seen.path("tickedCount").asInt()).isEqualTo(2);
        assertThat(seen.path("confirmedCount").asInt()).isZero();
        assertThat(seen.path("items").get(1).path("tick").path("status").asString()).isEqualTo("TICKED");
        assertThat(directory.checklistProgress(Long.parseLong(cobuildingId)))
                .isEqualTo(new ChecklistProgress(0, 2, seen.path("total").asInt()));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_photo p JOIN checklist_tick t ON t.id = "
                + "p.tick_id WHERE t.cobuilding_id = ?", Integer.class, Long.parseLong(cobuildingId))).isEqualTo(3);
        // Media hears that the photos are used, after the commit: the orphan job will leave them alone.
        String photoId = entry.path("tick").path("photos").get(0).path("id").asString();
        assertThat(usedBy(photoId, "checklist")).containsExactly(tickId(item(0)));
    }

    List<String> usedBy(String mediaId, String usedBy) throws InterruptedException {
        String sql = "SELECT used_by_id FROM media_use WHERE media_id = ? AND used_by = ?";
        for (int i = 0; i < 100 && jdbc.queryForList(sql, String.class, Long.parseLong(mediaId), usedBy).isEmpty();
             i++) {
            Thread.sleep(50);
        }
        return jdbc.queryForList(sql, String.class, Long.parseLong(mediaId), usedBy);
    }

    @Test
    void anOrdinaryMemberGets403AndSomeoneOutsideTheCobuilding404() {
        Reply byMember = api.put(itemOf(cobuildingId, item(0)), tick(null, photo(member)), member);
        assertProblem(byMember, 403, "FORBIDDEN");
        assertProblem(api.send("DELETE", itemOf(cobuildingId, item(0)), null, null, member), 403, "FORBIDDEN");
        String outsider = fixtures.member();
        fixtures.cobuilding(outsider, 0);
        assertProblem(api.get(checklistOf(cobuildingId), outsider), 404, "COBUILDING_NOT_FOUND");
        assertProblem(api.put(itemOf(cobuildingId, item(0)), tick(null, photo(outsider)), outsider), 404,
                "COBUILDING_NOT_FOUND");
    }

    @Test
    void aTickNeedsPhotosThatTheTickerUploadedForProgress() {
        Reply none = api.put(itemOf(cobuildingId, item(0)), Map.of("note", "有"), pioneer);
        assertInvalid(none, "photoMediaIds");
        assertInvalid(api.put(itemOf(cobuildingId, item(0)), tick(null), pioneer), "photoMediaIds");
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(photo(pioneer));
        }
        assertInvalid(api.put(itemOf(cobuildingId, item(0)), tick(null, ten.toArray(String[]::new)), pioneer),
                "photoMediaIds");
        assertInvalid(api.put(itemOf(cobuildingId, item(0)), tick(null, photo(liaison)), pioneer), "photoMediaIds");
        String checkinPhoto = String.valueOf(TestPhotos.uploaded(jdbc, userId(pioneer), "CHECKIN", null));
        assertInvalid(api.put(itemOf(cobuildingId, item(0)), tick(null, checkinPhoto), pioneer), "photoMediaIds");
        String hidden = photo(pioneer);
        TestPhotos.hide(jdbc, Long.parseLong(hidden));
        assertInvalid(api.put(itemOf(cobuildingId, item(0)), tick(null, hidden), pioneer), "photoMediaIds");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_tick WHERE cobuilding_id = ?", Integer.class,
                Long.parseLong(cobuildingId))).isZero();
    }

    @Test
    void anUnknownItemIs404() {
        assertProblem(api.put(itemOf(cobuildingId, "999999999"), tick(null, photo(pioneer)), pioneer), 404,
                "CHECKLIST_ITEM_NOT_FOUND");
    }

    @Test
    void aRejectedTickMayBeMadeAgainButAConfirmedOneIsNeitherChangedNorWithdrawn() {
        String item = item(2);
        assertThat(api.put(itemOf(cobuildingId, item), tick("制度已上墙", photo(pioneer)), pioneer).status())
                .isEqualTo(200);
        Reply rejected = review(item, "REJECT", "照片看不清制度内容", bureau);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().path("tick").path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("tick").path("reviewComment").asString()).isEqualTo("照片看不清制度内容");
        assertThat(rejected.json().path("tick").path("reviewedAt").isNull()).isFalse();
        assertThat(api.get(checklistOf(cobuildingId), member).json().path("tickedCount").asInt()).isZero();

        Reply again = api.put(itemOf(cobuildingId, item), tick("重新拍摄", photo(liaison)), liaison);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("tick").path("status").asString()).isEqualTo("TICKED");
        assertThat(again.json().path("tick").path("reviewComment").isNull()).isTrue();
        assertThat(again.json().path("tick").path("photos")).hasSize(1);
        assertThat(again.json().path("tick").path("tickedBy").path("userId").asString())
                .isEqualTo(fixtures.userId(liaison));

        Reply confirmed = review(item, "CONFIRM", null, bureau);
        assertThat(confirmed.json().path("tick").path("status").asString()).isEqualTo("CONFIRMED");
        JsonNode seen = api.get(checklistOf(cobuildingId), member).json();
        assertThat(seen.path("confirmedCount").asInt()).isEqualTo(1);
        assertThat(seen.path("tickedCount").asInt()).isEqualTo(1);
        assertProblem(api.put(itemOf(cobuildingId, item), tick(null, photo(pioneer)), pioneer), 409,
                "CHECKLIST_CONFIRMED");
        assertProblem(api.send("DELETE", itemOf(cobuildingId, item), null, null, pioneer), 409,
                "CHECKLIST_CONFIRMED");
        assertThat(directory.checklistProgress(Long.parseLong(cobuildingId)).confirmed()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action IN ('checklist.confirm', "
                + "'checklist.reject') AND target_type = 'checklist_tick' AND target_id = ?", Integer.class,
                tickId(item))).isEqualTo(2);
    }

    @Test
    void aTickIsWithdrawnAndWithdrawingNothingIsFine() {
        String item = item(3);
        api.put(itemOf(cobuildingId, item), tick(null, photo(pioneer)), pioneer);
        Reply withdrawn = api.send("DELETE", itemOf(cobuildingId, item), null, null, liaison);
        assertThat(withdrawn.status()).isEqualTo(204);
        assertThat(api.get(checklistOf(cobuildingId), member).json().path("items").get(3).path("tick").isNull())
                .isTrue();
        assertThat(api.send("DELETE", itemOf(cobuildingId, item), null, null, pioneer).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_photo p JOIN checklist_tick t ON t.id = "
                + "p.tick_id WHERE t.cobuilding_id = ?", Integer.class, Long.parseLong(cobuildingId))).isZero();
    }

    @Test
    void aClosedCobuildingKeepsItsChecklistReadableAndTakesNoTicks() {
        api.put(itemOf(cobuildingId, item(0)), tick(null, photo(pioneer)), pioneer);
        assertThat(api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "退出"), bureau)
                .status()).isEqualTo(200);
        assertProblem(api.put(itemOf(cobuildingId, item(1)), tick(null, photo(pioneer)), pioneer), 409,
                "COBUILDING_CLOSED");
        assertProblem(api.send("DELETE", itemOf(cobuildingId, item(0)), null, null, pioneer), 409,
                "COBUILDING_CLOSED");
        JsonNode seen = api.get(checklistOf(cobuildingId), pioneer).json();
        assertThat(seen.path("editable").asBoolean()).isFalse();
        assertThat(seen.path("tickedCount").asInt()).isEqualTo(1);
    }

    // --- the bureau's review --------------------------------------------------------------------------------------

    @Test
    void theCobuildingsOwnLiaisonReviewsAnotherLiaisonCannotSeeItAndAViewerMayOnlyRead() {
        String item = item(4);
        api.put(itemOf(cobuildingId, item), tick(null, photo(pioneer)), pioneer);
        var own = admins.create(cn.xianfeng.admin.AdminRole.LIAISON);
        assertThat(api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", String.valueOf(own.id())), bureau).status()).isEqualTo(200);
        String other = fixtures.admin("LIAISON");
        String viewer = fixtures.admin("VIEWER");

        assertThat(api.get(adminChecklistOf(cobuildingId), own.token()).status()).isEqualTo(200);
        assertThat(api.get(adminChecklistOf(cobuildingId), viewer).json().path("tickedCount").asInt()).isEqualTo(1);
        assertThat(api.get(adminChecklistOf(cobuildingId), viewer).json().path("editable").asBoolean()).isFalse();
        assertProblem(api.get(adminChecklistOf(cobuildingId), other), 404, "COBUILDING_NOT_FOUND");

        assertProblem(review(item, "CONFIRM", null, other), 404, "COBUILDING_NOT_FOUND");
        assertProblem(review(item, "CONFIRM", null, viewer), 403, "FORBIDDEN");
        assertProblem(review(item, "CONFIRM", null, fixtures.admin("EVALUATOR")), 403, "FORBIDDEN");
        Reply byOwn = review(item, "CONFIRM", "很好", own.token());
        assertThat(byOwn.status()).as(byOwn.body()).isEqualTo(200);
        assertThat(byOwn.json().path("tick").path("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void aRejectionNeedsACommentAndAnItemNobodyTickedCannotBeReviewed() {
        String item = item(5);
        assertProblem(review(item, "CONFIRM", null, bureau), 409, "CHECKLIST_NOT_TICKED");
        api.put(itemOf(cobuildingId, item), tick(null, photo(pioneer)), pioneer);
        assertInvalid(review(item, "REJECT", null, bureau), "comment");
        assertInvalid(review(item, "REJECT", "  ", bureau), "comment");
        assertInvalid(review(item, "MAYBE", null, bureau), "decision");
        assertThat(api.get(checklistOf(cobuildingId), member).json().path("items").get(5).path("tick")
                .path("status").asString()).isEqualTo("TICKED");
    }

    // --- the item list -----------------------------------------------------------------------------------------

    @Test
    void theBureauAddsChangesAndRetiresItemsAndARetiredItemLeavesEveryChecklist() {
        String viewer = fixtures.admin("VIEWER");
        assertProblem(api.post("/api/admin/checklist-items", Map.of("name", "有志愿服务队"), viewer), 403, "FORBIDDEN");
        assertProblem(api.post("/api/admin/checklist-items", Map.of("name", "有志愿服务队"),
                fixtures.admin("LIAISON")), 403, "FORBIDDEN");
        assertInvalid(api.post("/api/admin/checklist-items", Map.of("name", ""), bureau), "name");
        assertInvalid(api.post("/api/admin/checklist-items", Map.of("name", "名".repeat(51)), bureau), "name");

        Reply created = api.post("/api/admin/checklist-items", Map.of("name", "有志愿服务队", "description", "常态化服务"),
                bureau);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("retired").asBoolean()).isFalse();
        try {
            JsonNode seen = api.get(checklistOf(cobuildingId), member).json();
            JsonNode last = seen.path("items").get(seen.path("items").size() - 1);
            assertThat(last.path("itemId").asString()).isEqualTo(id);
            assertThat(last.path("description").asString()).isEqualTo("常态化服务");

            Reply changed = patch("/api/admin/checklist-items/" + id, Map.of("name", "有志愿服务站", "description", ""),
                    bureau);
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.json().path("name").asString()).isEqualTo("有志愿服务站");
            assertThat(changed.json().path("description").isNull()).isTrue();
            assertProblem(patch("/api/admin/checklist-items/" + id, Map.of("name", "改"), viewer), 403, "FORBIDDEN");
            assertThat(api.put(itemOf(cobuildingId, id), tick(null, photo(pioneer)), pioneer).status())
                    .isEqualTo(200);
        } finally {
            assertThat(api.send("DELETE", "/api/admin/checklist-items/" + id, null, null, bureau).status())
                    .isEqualTo(204);
        }
        JsonNode after = api.get(checklistOf(cobuildingId), member).json();
        assertThat(after.path("items").findValuesAsString("itemId")).doesNotContain(id);
        assertThat(after.path("tickedCount").asInt()).isZero();
        assertProblem(api.put(itemOf(cobuildingId, id), tick(null, photo(pioneer)), pioneer), 404,
                "CHECKLIST_ITEM_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM checklist_tick WHERE item_id = ?", Integer.class,
                Long.parseLong(id))).isEqualTo(1);
        assertThat(api.get("/api/admin/checklist-items", viewer).json().path("items").findValuesAsString("id"))
                .doesNotContain(id);
        JsonNode all = api.get("/api/admin/checklist-items?includeRetired=true", viewer).json();
        assertThat(all.path("items").findValuesAsString("id")).contains(id);
        assertThat(api.send("DELETE", "/api/admin/checklist-items/" + id, null, null, bureau).status())
                .isEqualTo(204);
        assertProblem(api.send("DELETE", "/api/admin/checklist-items/999999999", null, null, bureau), 404,
                "CHECKLIST_ITEM_NOT_FOUND");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE target_type = 'checklist_item' AND "
                + "target_id = ?", Integer.class, id)).isEqualTo(3);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    String item(int index) {
        return api.get(checklistOf(cobuildingId), pioneer).json().path("items").get(index).path("itemId").asString();
    }

    String tickId(String itemId) {
        return String.valueOf(jdbc.queryForObject("SELECT id FROM checklist_tick WHERE cobuilding_id = ? AND "
                + "item_id = ?", Long.class, Long.parseLong(cobuildingId), Long.parseLong(itemId)));
    }

    long userId(String token) {
        return Long.parseLong(fixtures.userId(token));
    }

    String photo(String token) {
        return String.valueOf(TestPhotos.uploaded(jdbc, userId(token), "PROGRESS", null));
    }

    static Map<String, Object> tick(String note, String... photoIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("note", note);
        body.put("photoMediaIds", List.of(photoIds));
        return body;
    }

    Reply review(String itemId, String decision, String comment, String adminToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("comment", comment);
        return api.post(adminChecklistOf(cobuildingId) + "/" + itemId + "/review", body, adminToken);
    }

    Reply patch(String path, Object body, String token) {
        return api.send("PATCH", path, JsonMapper.builder().build().writeValueAsString(body), "application/json",
                token);
    }

    static String checklistOf(String cobuildingId) {
        return "/api/mp/cobuildings/" + cobuildingId + "/checklist";
    }

    static String adminChecklistOf(String cobuildingId) {
        return "/api/admin/cobuildings/" + cobuildingId + "/checklist";
    }

    static String itemOf(String cobuildingId, String itemId) {
        return checklistOf(cobuildingId) + "/" + itemId;
    }

    static void assertInvalid(Reply reply, String field) {
        assertProblem(reply, 422, "VALIDATION_FAILED");
        assertThat(reply.json().path("errors").has(field)).as(reply.body()).isTrue();
    }

    static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.code()).as(reply.body()).isEqualTo(code);
    }
}
