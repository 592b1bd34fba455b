package cn.xianfeng.goal;

import static cn.xianfeng.goal.ChecklistApiTest.assertInvalid;
import static cn.xianfeng.goal.ChecklistApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.admin.AdminRole;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Highlights (亮点) through the API: the bureau marks reports and summaries, lists them, and members see the mark. */
@ApiTest
class HighlightApiTest extends ApiTestBase {

    @Autowired
    GoalDirectory directory;

    String pioneer;
    String cobuildingId;
    String cobuildingName;
    String bureau;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
        cobuildingName = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("name").asString();
        bureau = fixtures.admin("BUREAU_ADMIN");
    }

    @Test
    void theBureauMarksAProgressReportAndMarkingAgainOnlyChangesTheComment() {
        String photo = photo(pioneer);
        String reportId = report(pioneer, cobuildingId, "完成样机测试", photo);
        Reply marked = api.put(highlightOfReport(reportId), Map.of("comment", "产学研协同的好例子"), bureau);
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        JsonNode view = marked.json();
        assertThat(view.path("kind").asString()).isEqualTo("PROGRESS");
        assertThat(view.path("sourceId").asString()).isEqualTo(reportId);
        assertThat(view.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(view.path("cobuildingName").asString()).isEqualTo(cobuildingName);
        assertThat(view.path("title").asString()).isEqualTo("样机研制");
        assertThat(view.path("text").asString()).isEqualTo("完成样机测试");
        assertThat(view.path("photos")).hasSize(1);
        assertThat(view.path("photos").get(0).path("id").asString()).isEqualTo(photo);
        assertThat(view.path("author").path("userId").asString()).isEqualTo(fixtures.userId(pioneer));
        assertThat(view.path("comment").asString()).isEqualTo("产学研协同的好例子");
        assertThat(view.path("markedAt").isNull()).isFalse();

        Reply again = api.put(highlightOfReport(reportId), Map.of("comment", "已推广"), bureau);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(view.path("id").asString());
        assertThat(again.json().path("comment").asString()).isEqualTo("已推广");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM highlight WHERE kind = 'PROGRESS' AND source_id = ?",
                Integer.class, Long.parseLong(reportId))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'highlight.mark' AND "
                + "target_id = ?", Integer.class, reportId)).isEqualTo(2);
        assertInvalid(api.put(highlightOfReport(reportId), Map.of("comment", "评".repeat(201)), bureau), "comment");
    }

    @Test
    void membersSeeTheMarkOnTheProgressReportAndItGoesWhenUnmarked() {
        String reportId = report(pioneer, cobuildingId, "完成中试", photo(pioneer));
        assertThat(api.get("/api/mp/progress/" + reportId, pioneer).json().path("highlighted").asBoolean()).isFalse();
        assertThat(api.put(highlightOfReport(reportId), Map.of(), bureau).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/progress/" + reportId, pioneer).json().path("highlighted").asBoolean()).isTrue();
        String taskId = api.get("/api/mp/progress/" + reportId, pioneer).json().path("taskId").asString();
        assertThat(api.get("/api/mp/tasks/" + taskId + "/progress", pioneer).json().path("items").get(0)
                .path("highlighted").asBoolean()).isTrue();
        assertThat(api.get("/api/mp/tasks/" + taskId, pioneer).json().path("latestProgress").path("highlighted")
                .asBoolean()).isTrue();

        assertThat(api.send("DELETE", highlightOfReport(reportId), null, null, bureau).status()).isEqualTo(204);
        assertThat(api.get("/api/mp/progress/" + reportId, pioneer).json().path("highlighted").asBoolean()).isFalse();
        assertThat(api.send("DELETE", highlightOfReport(reportId), null, null, bureau).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'highlight.unmark' AND "
                + "target_id = ?", Integer.class, reportId)).isEqualTo(1);
    }

    @Test
    void aStageSummaryIsMarkedAsTheNthStageSummary() {
        String photo = photo(pioneer);
        Reply summary = api.post(StageSummaryApiTest.summariesOf(cobuildingId), StageSummaryApiTest.summary(1, photo),
                pioneer);
        String summaryId = summary.json().path("id").asString();
        Reply marked = api.put(highlightOfSummary(summaryId), null, bureau);
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().path("kind").asString()).isEqualTo("STAGE_SUMMARY");
        assertThat(marked.json().path("title").asString()).isEqualTo("第1阶段总结");
        assertThat(marked.json().path("text").asString()).isEqualTo("第一阶段完成了党建阵地建设");
        assertThat(marked.json().path("photos")).hasSize(1);
        assertThat(marked.json().path("comment").isNull()).isTrue();
        assertThat(api.get(StageSummaryApiTest.summariesOf(cobuildingId), pioneer).json().path("items").get(0)
                .path("highlighted").asBoolean()).isTrue();

        List<HighlightInfo> board = directory.recentHighlights(Long.parseLong(cobuildingId), 5);
        assertThat(board).hasSize(1);
        assertThat(board.get(0).kind()).isEqualTo(HighlightKind.STAGE_SUMMARY);
        assertThat(board.get(0).title()).isEqualTo("第1阶段总结");
        assertThat(board.get(0).photos()).hasSize(1);

        assertThat(api.send("DELETE", highlightOfSummary(summaryId), null, null, bureau).status()).isEqualTo(204);
        assertThat(api.get(StageSummaryApiTest.summariesOf(cobuildingId), pioneer).json().path("items").get(0)
                .path("highlighted").asBoolean()).isFalse();
        assertThat(directory.recentHighlights(Long.parseLong(cobuildingId), 5)).isEmpty();
    }

    @Test
    void unknownReportsAndSummariesAre404() {
        assertProblem(api.put(highlightOfReport("999999999"), Map.of(), bureau), 404, "PROGRESS_NOT_FOUND");
        assertProblem(api.send("DELETE", highlightOfReport("999999999"), null, null, bureau), 404,
                "PROGRESS_NOT_FOUND");
        assertProblem(api.put(highlightOfSummary("999999999"), Map.of(), bureau), 404, "STAGE_SUMMARY_NOT_FOUND");
    }

    @Test
    void theListSpansCobuildingsNewestFirstALiaisonSeesOnlyTheirOwnAndOnlyTheBureauMarks() {
        String otherPioneer = fixtures.member();
        String otherCobuildingId = fixtures.cobuilding(otherPioneer, 0);
        String first = report(pioneer, cobuildingId, "第一条", photo(pioneer));
        String second = report(otherPioneer, otherCobuildingId, "第二条", photo(otherPioneer));
        String third = report(pioneer, cobuildingId, "第三条", photo(pioneer));
        for (String id : List.of(first, second, third)) {
            assertThat(api.put(highlightOfReport(id), Map.of(), bureau).status()).isEqualTo(200);
        }
        var liaison = admins.create(AdminRole.LIAISON);
        assertThat(api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", String.valueOf(liaison.id())), bureau).status()).isEqualTo(200);
        String viewer = fixtures.admin("VIEWER");

        JsonNode mine = api.get("/api/admin/highlights?cobuildingId=" + cobuildingId, viewer).json();
        assertThat(mine.path("total").asInt()).isEqualTo(2);
        assertThat(mine.path("items").findValuesAsString("sourceId")).containsExactly(third, first);
        JsonNode both = api.get("/api/admin/highlights?kind=PROGRESS&size=100", viewer).json();
        assertThat(both.path("items").findValuesAsString("sourceId")).containsSubsequence(third, second, first);
        assertThat(api.get("/api/admin/highlights?cobuildingId=" + cobuildingId + "&kind=STAGE_SUMMARY", viewer)
                .json().path("total").asInt()).isZero();

        JsonNode byLiaison = api.get("/api/admin/highlights?size=100", liaison.token()).json();
        assertThat(byLiaison.path("items").findValuesAsString("cobuildingId")).containsOnly(cobuildingId);
        assertThat(byLiaison.path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/admin/highlights?cobuildingId=" + otherCobuildingId, liaison.token()).json()
                .path("total").asInt()).isZero();
        assertThat(api.get("/api/admin/highlights", fixtures.admin("LIAISON")).json().path("total").asInt()).isZero();

        assertProblem(api.put(highlightOfReport(second), Map.of(), viewer), 403, "FORBIDDEN");
        assertProblem(api.put(highlightOfReport(first), Map.of(), liaison.token()), 403, "FORBIDDEN");
        assertProblem(api.send("DELETE", highlightOfReport(first), null, null, viewer), 403, "FORBIDDEN");
        assertThat(directory.recentHighlights(Long.parseLong(cobuildingId), 1)).extracting(HighlightInfo::text)
                .containsExactly("第三条");
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    String photo(String token) {
        return String.valueOf(TestPhotos.uploaded(jdbc, Long.parseLong(fixtures.userId(token)), "PROGRESS", null));
    }

    /** A goal, a task of it and a progress report on it by the pioneer, through the API: the report's id. */
    String report(String pioneerToken, String cobuilding, String note, String photoId) {
        Reply goal = api.post("/api/mp/cobuildings/" + cobuilding + "/goals",
                Map.of("category", "PROBLEMS", "title", "攻关" + Fixtures.unique("")), pioneerToken);
        assertThat(goal.status()).as(goal.body()).isEqualTo(201);
        Reply task = api.post("/api/mp/goals/" + goal.json().path("id").asString() + "/tasks",
                Map.of("title", "样机研制", "plannedStart", LocalDate.now().toString(),
                        "dueDate", LocalDate.now().plusMonths(1).toString()), pioneerToken);
        assertThat(task.status()).as(task.body()).isEqualTo(201);
        Reply report = api.post("/api/mp/tasks/" + task.json().path("id").asString() + "/progress",
                Map.of("percent", 40, "note", note, "photoMediaIds", List.of(photoId),
                        "clientId", Fixtures.unique("progress-")), pioneerToken);
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        return report.json().path("id").asString();
    }

    static String highlightOfReport(String reportId) {
        return "/api/admin/progress-reports/" + reportId + "/highlight";
    }

    static String highlightOfSummary(String summaryId) {
        return "/api/admin/stage-summaries/" + summaryId + "/highlight";
    }
}
