package cn.xianfeng.goal;

import static cn.xianfeng.goal.GoalSteps.expect;
import static cn.xianfeng.goal.GoalSteps.progress;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Progress reports (进展) with photo evidence: who may report, forward only, once per clientId, never backwards. */
@ApiTest
class ProgressApiTest extends ApiTestBase {

    GoalSteps steps;
    String pioneer;
    String owner;
    String ownerId;
    String liaison;
    String member;
    String cobuildingId;
    String goalId;
    String taskId;

    @BeforeEach
    void setUp() {
        steps = new GoalSteps(api, fixtures);
        pioneer = fixtures.member();
        cobuildingId = steps.cobuilding(pioneer, 1);
        String lead = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        owner = fixtures.joined(pioneer, cobuildingId, "MEMBER", lead);
        ownerId = fixtures.userId(owner);
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", lead);
        liaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON", fixtures.unitOf(pioneer, cobuildingId,
                "PARTNER"));
        goalId = steps.firstGoal(pioneer, cobuildingId, "ACHIEVEMENTS");
        taskId = steps.createTask(pioneer, goalId, ownerId);
    }

    @Test
    void anOwnerReportsWithPhotosAndTheTaskMovesIntoProgress() {
        long photo = TestPhotos.uploaded(jdbc, Long.parseLong(ownerId), "PROGRESS", null);
        Map<String, Object> body = progress(40);
        body.put("photoMediaIds", List.of(String.valueOf(photo)));
        body.put("achievedAmount", 2);
        JsonNode report = steps.reported(owner, taskId, body);
        assertThat(report.path("taskId").asString()).isEqualTo(taskId);
        assertThat(report.path("goalId").asString()).isEqualTo(goalId);
        assertThat(report.path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(report.path("reporter").path("userId").asString()).isEqualTo(ownerId);
        assertThat(report.path("percent").asInt()).isEqualTo(40);
        assertThat(report.path("previousPercent").asInt()).isZero();
        assertThat(report.path("note").asString()).isEqualTo("完成了40%");
        assertThat(report.path("achievedAmount").decimalValue()).isEqualByComparingTo("2");
        assertThat(report.path("correction").asBoolean()).isFalse();
        assertThat(report.path("highlighted").asBoolean()).isFalse();
        assertThat(report.path("photos").size()).isEqualTo(1);
        assertThat(report.path("photos").get(0).path("id").asString()).isEqualTo(String.valueOf(photo));
        assertThat(report.path("photos").get(0).path("url").asString()).isNotBlank();
        assertThat(report.path("reportedAt").asString()).isNotBlank();

        JsonNode task = api.get("/api/mp/tasks/" + taskId, member).json();
        assertThat(task.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(task.path("percent").asInt()).isEqualTo(40);
        assertThat(task.path("latestProgress").path("id").asString()).isEqualTo(report.path("id").asString());
        assertThat(task.path("latestProgress").path("photos").size()).isEqualTo(1);
        assertThat(api.get("/api/mp/progress/" + report.path("id").asString(), member).json().path("percent").asInt())
                .isEqualTo(40);

        TestPhotos.hide(jdbc, photo);
        assertThat(api.get("/api/mp/progress/" + report.path("id").asString(), member).json().path("photos").size())
                .as("a hidden photo is left out").isZero();
        awaitUsedByProgress(photo);
    }

    @Test
    void theLiaisonAndThePioneerReportTooAndOtherMembersMayNot() {
        steps.reported(liaison, taskId, progress(20));
        steps.reported(pioneer, taskId, progress(30));
        expect(steps.report(member, taskId, progress(50)), 403, "FORBIDDEN");
        String outsider = fixtures.member();
        expect(steps.report(outsider, taskId, progress(50)), 404, "TASK_NOT_FOUND");
        expect(api.get("/api/mp/tasks/" + taskId + "/progress", outsider), 404, "TASK_NOT_FOUND");
        String reportId = api.get("/api/mp/tasks/" + taskId + "/progress", member).json().path("items").get(0)
                .path("id").asString();
        expect(api.get("/api/mp/progress/" + reportId, outsider), 404, "PROGRESS_NOT_FOUND");
        List<Integer> newestFirst = new ArrayList<>();
        api.get("/api/mp/tasks/" + taskId + "/progress", member).json().path("items")
                .forEach(r -> newestFirst.add(r.path("percent").asInt()));
        assertThat(newestFirst).containsExactly(30, 20);
    }

    @Test
    void aPercentOutsideZeroToHundredIsRefused() {
        Reply over = steps.report(owner, taskId, progress(101));
        expect(over, 422, "VALIDATION_FAILED");
        assertThat(over.json().path("errors").has("percent")).isTrue();
        expect(steps.report(owner, taskId, progress(-1)), 422, "VALIDATION_FAILED");
        Map<String, Object> noClient = progress(10);
        noClient.remove("clientId");
        Reply missing = steps.report(owner, taskId, noClient);
        expect(missing, 422, "VALIDATION_FAILED");
        assertThat(missing.json().path("errors").has("clientId")).isTrue();
        Map<String, Object> tooMany = progress(10);
        tooMany.put("photoMediaIds", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));
        expect(steps.report(owner, taskId, tooMany), 422, "VALIDATION_FAILED");
    }

    @Test
    void progressGoesForwardUnlessThePioneerCorrectsIt() {
        steps.reported(owner, taskId, progress(60));
        expect(steps.report(owner, taskId, progress(50)), 409, "PROGRESS_BACKWARDS");
        expect(steps.report(pioneer, taskId, progress(50)), 409, "PROGRESS_BACKWARDS");
        Map<String, Object> ownersCorrection = progress(50);
        ownersCorrection.put("correction", true);
        expect(steps.report(owner, taskId, ownersCorrection), 403, "FORBIDDEN");
        Map<String, Object> correction = progress(50);
        correction.put("correction", true);
        JsonNode corrected = steps.reported(pioneer, taskId, correction);
        assertThat(corrected.path("correction").asBoolean()).isTrue();
        assertThat(corrected.path("previousPercent").asInt()).isEqualTo(60);
        assertThat(api.get("/api/mp/tasks/" + taskId, owner).json().path("percent").asInt()).isEqualTo(50);
        steps.reported(owner, taskId, progress(50));
    }

    @Test
    void aDoneTaskTakesNoMoreReports() {
        JsonNode done = steps.reported(owner, taskId, progress(100));
        assertThat(done.path("percent").asInt()).isEqualTo(100);
        JsonNode task = api.get("/api/mp/tasks/" + taskId, owner).json();
        assertThat(task.path("status").asString()).isEqualTo("DONE");
        assertThat(task.path("canReport").asBoolean()).isFalse();
        expect(steps.report(owner, taskId, progress(100)), 409, "TASK_DONE");
        Map<String, Object> correction = progress(80);
        correction.put("correction", true);
        expect(steps.report(pioneer, taskId, correction), 409, "TASK_DONE");
    }

    @Test
    void photosMustBeTheReportersOwnProgressUploads() {
        long someoneElses = TestPhotos.uploaded(jdbc, Long.parseLong(fixtures.userId(member)), "PROGRESS", null);
        long checkin = TestPhotos.uploaded(jdbc, Long.parseLong(ownerId), "CHECKIN", null);
        long hidden = TestPhotos.uploaded(jdbc, Long.parseLong(ownerId), "PROGRESS", null);
        TestPhotos.hide(jdbc, hidden);
        for (long photo : List.of(someoneElses, checkin, hidden, 987654321L)) {
            Map<String, Object> body = progress(10);
            body.put("photoMediaIds", List.of(String.valueOf(photo)));
            Reply refused = steps.report(owner, taskId, body);
            expect(refused, 422, "VALIDATION_FAILED");
            assertThat(refused.json().path("errors").has("photoMediaIds")).isTrue();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE task_id = ?", Integer.class,
                Long.parseLong(taskId))).isZero();
    }

    @Test
    void aRetryWithTheSameClientIdAnswersTheSameReportAndWritesOnce() {
        Map<String, Object> body = progress(35);
        Reply first = steps.report(owner, taskId, body);
        Reply again = steps.report(owner, taskId, body);
        expect(first, 201, null);
        expect(again, 200, null);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM progress_report WHERE task_id = ?", Integer.class,
                Long.parseLong(taskId))).isEqualTo(1);
        // Even after the task moved on, the retry answers what the first attempt made.
        steps.reported(owner, taskId, progress(100));
        Reply late = steps.report(owner, taskId, body);
        expect(late, 200, null);
        assertThat(late.json().path("percent").asInt()).isEqualTo(35);
    }

    @Test
    void reportsAtTheSameTimeNeverLeaveThePercentGoingBackwards() throws Exception {
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        String[] reporters = {owner, liaison, pioneer};
        for (int i = 0; i < threads; i++) {
            int percent = 5 + (i * 37) % 90;
            String who = reporters[i % reporters.length];
            Callable<Reply> call = () -> {
                start.await();
                return steps.report(who, taskId, progress(percent));
            };
            replies.add(pool.submit(call));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Reply> reply : replies) {
            Reply r = reply.get();
            assertThat(r.status()).as(r.body()).isIn(201, 409);
            if (r.status() == 201) {
                accepted++;
            } else {
                assertThat(r.code()).isEqualTo("PROGRESS_BACKWARDS");
            }
        }
        pool.shutdown();
        assertThat(accepted).isPositive();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT percent, previous_percent FROM progress_report "
                + "WHERE task_id = ? ORDER BY id", Long.parseLong(taskId));
        assertThat(rows).hasSize(accepted);
        int last = 0;
        for (Map<String, Object> row : rows) {
            int percent = ((Number) row.get("percent")).intValue();
            int previous = ((Number) row.get("previous_percent")).intValue();
            assertThat(previous).as("each report starts where the one before ended").isEqualTo(last);
            assertThat(percent).isGreaterThanOrEqualTo(previous);
            last = percent;
        }
        assertThat(api.get("/api/mp/tasks/" + taskId, owner).json().path("percent").asInt()).isEqualTo(last);
    }

    @Test
    void aWithdrawnCobuildingTakesNoReportsButKeepsThemReadable() {
        steps.reported(owner, taskId, progress(10));
        jdbc.update("UPDATE cobuilding SET status = 'DELISTED' WHERE id = ?", Long.parseLong(cobuildingId));
        expect(steps.report(owner, taskId, progress(20)), 409, "COBUILDING_CLOSED");
        assertThat(api.get("/api/mp/tasks/" + taskId + "/progress", member).json().path("total").asInt()).isEqualTo(1);
        assertThat(api.get("/api/mp/tasks/" + taskId, owner).json().path("canReport").asBoolean()).isFalse();
    }

    /** Media learns after the report's commit that the upload is used by it (so the orphan job leaves it). */
    private void awaitUsedByProgress(long mediaId) {
        for (int i = 0; i < 200; i++) {
            Integer uses = jdbc.queryForObject("SELECT COUNT(*) FROM media_use WHERE media_id = ? AND used_by = "
                    + "'progress'", Integer.class, mediaId);
            if (uses == 1) {
                return;
            }
            GoalSteps.sleep();
        }
        throw new AssertionError("media was not told the photo is used");
    }
}
