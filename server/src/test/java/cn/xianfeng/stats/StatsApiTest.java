package cn.xianfeng.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The statistics against direct counts of what was done through the real endpoints, within a bureau liaison's reach
 * (their co-buildings are this test's alone, whatever else the database holds).
 */
@ApiTest
@Import(MovableClock.Config.class)
class StatsApiTest extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MovableClock clock;
    @Autowired
    StatsDirectory directory;

    StatsSteps steps;
    String bureau;
    String liaison;
    String pioneer;
    String unitLiaison;
    String member1;
    String member2;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        steps = new StatsSteps(api, fixtures, jdbc);
        bureau = fixtures.admin("BUREAU_ADMIN");
        liaison = fixtures.admin("LIAISON");
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        String lead = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        unitLiaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuildingId, "PARTNER"));
        member1 = fixtures.joined(pioneer, cobuildingId, "MEMBER", lead);
        member2 = fixtures.joined(pioneer, cobuildingId, "MEMBER", lead);
        steps.assignLiaison(cobuildingId, liaison, bureau);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyMeasureOfTheTableOverviewTrendsAndFacadeMatchesDirectCounts() {
        // An activity of all members: the pioneer and member1 check in.
        String all = steps.activity(pioneer, cobuildingId, List.of());
        steps.checkin(all, pioneer);
        steps.checkin(all, member1);
        // A listed one: of member1 and member2, only member2 comes.
        String listed = steps.activity(pioneer, cobuildingId, List.of(fixtures.userId(member1),
                fixtures.userId(member2)));
        steps.checkin(listed, member2);
        // A cancelled one counts for nothing, check-in and all.
        String cancelled = steps.activity(pioneer, cobuildingId, List.of());
        steps.checkin(cancelled, unitLiaison);
        steps.cancel(cancelled, pioneer);
        // Progress with two photos by member1; three texts in the group; a briefing that member1 reads.
        String task = steps.task(pioneer, steps.goal(pioneer, cobuildingId, "BASE"), today(), today().plusMonths(1),
                fixtures.userId(member1));
        steps.progress(member1, task, 40, 2);
        steps.say(member2, cobuildingId, "今天的讲座很精彩");
        steps.say(member2, cobuildingId, "下次活动什么时候");
        steps.say(pioneer, cobuildingId, "下周三");
        String briefing = steps.briefing(bureau, cobuildingId);
        steps.read(briefing, member1);
        steps.read(briefing, member1);

        steps.awaitLaterAudiences(cobuildingId);
        JsonNode allCounts = steps.attendanceCounts(all, pioneer);
        JsonNode listedCounts = steps.attendanceCounts(listed, pioneer);
        assertThat(allCounts.path("expected").asInt()).isEqualTo(4);
        assertThat(listedCounts.path("expected").asInt()).isEqualTo(2);
        long cb = Long.parseLong(cobuildingId);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("activities", 2);
        expected.put("expected", allCounts.path("expected").asInt() + listedCounts.path("expected").asInt());
        expected.put("attended", allCounts.path("attended").asInt() + listedCounts.path("attended").asInt());
        expected.put("checkins", count("SELECT COUNT(*) FROM checkin k JOIN activity a ON a.id = k.activity_id"
                + " JOIN activity_cobuilding ac ON ac.activity_id = a.id WHERE ac.cobuilding_id = ?"
                + " AND a.cancelled_at IS NULL", cb));
        expected.put("progressReports", count("SELECT COUNT(*) FROM progress_report WHERE cobuilding_id = ?", cb));
        expected.put("photos", count("SELECT COUNT(*) FROM progress_photo p JOIN progress_report r"
                + " ON r.id = p.report_id WHERE r.cobuilding_id = ?", cb));
        expected.put("messages", count("SELECT COUNT(*) FROM message WHERE conversation_id = ?"
                + " AND type IN ('TEXT', 'IMAGE')", steps.groupOf(cobuildingId)));
        // This test's briefing reached the four; members who joined also joined the audiences of briefings for all
        // co-buildings that other tests published before, and those count too.
        long targeted = count("SELECT COUNT(*) FROM briefing_audience ba JOIN briefing b ON b.id = ba.briefing_id"
                + " WHERE ba.cobuilding_id = ? AND b.published_at IS NOT NULL", cb);
        double readRate = 1.0 / targeted;
        expected.put("briefingsTargeted", targeted);
        expected.put("briefingsRead", 1);
        // Active: the pioneer (a check-in, a text), member1 (check-in, progress), member2 (check-in, texts), and the
        // unit liaison, whose check-in counts as being active even though the activity was cancelled later.
        expected.put("activeMembers", 4);
        expected.put("members", 4);
        assertThat(expected).containsEntry("attended", 3).containsEntry("checkins", 3L).containsEntry("progressReports", 1L)
                .containsEntry("photos", 2L).containsEntry("messages", 3L);
        assertThat(count("SELECT COUNT(*) FROM briefing_audience WHERE briefing_id = ?", Long.parseLong(briefing)))
                .isEqualTo(4L);

        JsonNode row = awaitRow(liaison, expected);
        assertThat(row.path("attendanceRate").asDouble()).isEqualTo(0.5);
        assertThat(row.path("briefingReadRate").asDouble()).isEqualTo(readRate);
        assertThat(row.path("lastActivityDate").asString()).isEqualTo(today().toString());
        assertThat(row.path("completionByCategory").path("BASE").asInt()).isEqualTo(40);
        assertThat(row.path("completionByCategory").size()).isEqualTo(5);
        assertThat(row.path("overdueTasks").asInt()).isZero();
        assertThat(row.path("bureauLiaisonId").asString()).isEqualTo(fixtures.adminId(liaison));
        assertThat(row.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(row.path("leadUnitType").asString()).isEqualTo("UNIVERSITY");

        JsonNode overview = api.get("/api/admin/stats/overview", liaison).json();
        assertThat(overview.path("cobuildings").path("total").asInt()).isEqualTo(1);
        assertThat(overview.path("cobuildings").path("byStatus").path("ACTIVE").asInt()).isEqualTo(1);
        assertThat(overview.path("cobuildings").path("byLeadUnitType").path("UNIVERSITY").asInt()).isEqualTo(1);
        assertThat(overview.path("units").asInt()).isEqualTo(2);
        assertThat(overview.path("members").asInt()).isEqualTo(4);
        assertThat(overview.path("activeMembers").asInt()).isEqualTo(4);
        assertThat(overview.path("activities").path("total").asInt()).isEqualTo(2);
        assertThat(overview.path("activities").path("byType").path("LECTURE").asInt()).isEqualTo(2);
        assertThat(overview.path("activities").path("byMonth").size()).isEqualTo(7);
        assertThat(overview.path("activities").path("byMonth").get(6).path("count").asInt()).isEqualTo(2);
        assertThat(overview.path("checkins").asLong()).isEqualTo(3);
        assertThat(overview.path("expected").asLong()).isEqualTo(6);
        assertThat(overview.path("attended").asLong()).isEqualTo(3);
        assertThat(overview.path("attendanceRate").asDouble()).isEqualTo(0.5);
        assertThat(overview.path("progressReports").asInt()).isEqualTo(1);
        assertThat(overview.path("photos").asInt()).isEqualTo(2);
        assertThat(overview.path("messages").asLong()).isEqualTo(3);
        assertThat(overview.path("completionByCategory").path("BASE").asInt()).isEqualTo(40);
        assertThat(overview.path("briefings").path("published").asInt()).isEqualTo(1);
        assertThat(overview.path("briefings").path("targeted").asLong()).isEqualTo(targeted);
        assertThat(overview.path("briefings").path("read").asLong()).isEqualTo(1);
        assertThat(overview.path("briefings").path("readRate").asDouble()).isEqualTo(readRate);
        assertThat(overview.path("push").isNull()).as("a liaison does not see the bureau's push outcomes").isTrue();
        assertThat(overview.path("unitFlows").path("entries").asInt()).isEqualTo(2);
        assertThat(overview.path("unitFlows").path("exits").asInt()).isZero();
        assertThat(api.get("/api/admin/stats/overview", bureau).json().path("push").path("deliveryRate").isMissingNode())
                .isFalse();

        JsonNode months = api.get("/api/admin/stats/trends", liaison).json().path("months");
        assertThat(months.size()).isEqualTo(7);
        JsonNode now = months.get(6);
        assertThat(now.path("month").asString()).isEqualTo(YearMonth.now(SHANGHAI).toString());
        assertThat(now.path("activities").asInt()).isEqualTo(2);
        assertThat(now.path("checkins").asLong()).isEqualTo(3);
        assertThat(now.path("attendanceRate").asDouble()).isEqualTo(0.5);
        assertThat(now.path("progressReports").asInt()).isEqualTo(1);
        assertThat(now.path("photos").asInt()).isEqualTo(2);
        assertThat(now.path("messages").asLong()).isEqualTo(3);
        assertThat(now.path("activeMembers").asInt()).isEqualTo(4);
        assertThat(now.path("briefingReadRate").asDouble()).isEqualTo(readRate);
        assertThat(months.get(5).path("activities").asInt()).isZero();
        assertThat(months.get(5).path("attendanceRate").isNull()).isTrue();

        CobuildingMetrics metrics = directory.metrics(List.of(cb, -1L), Period.recent(Clock.systemUTC())).get(cb);
        assertThat(directory.metrics(List.of(cb, -1L), Period.recent(Clock.systemUTC()))).containsOnlyKeys(cb);
        assertThat(metrics.activities()).isEqualTo(2);
        assertThat(metrics.expected()).isEqualTo(6);
        assertThat(metrics.attended()).isEqualTo(3);
        assertThat(metrics.attendanceRate()).isEqualTo(0.5);
        assertThat(metrics.checkins()).isEqualTo(3);
        assertThat(metrics.progressReports()).isEqualTo(1);
        assertThat(metrics.photos()).isEqualTo(2);
        assertThat(metrics.messages()).isEqualTo(3);
        assertThat(metrics.activeMembers()).isEqualTo(4);
        assertThat(metrics.members()).isEqualTo(4);
        assertThat((long) metrics.briefingsTargeted()).isEqualTo(targeted);
        assertThat(metrics.briefingsRead()).isEqualTo(1);
        assertThat(metrics.briefingReadRate()).isEqualTo(readRate);
        assertThat(metrics.completionByCategory()).containsOnlyKeys("BASE", "PROBLEMS", "LEADERS", "TALENT",
                "ACHIEVEMENTS").containsEntry("BASE", 40);
        assertThat(metrics.bureauLiaisonId()).isEqualTo(Long.parseLong(fixtures.adminId(liaison)));
        assertThat(directory.metrics(List.of(), Period.recent(Clock.systemUTC()))).isEmpty();
    }

    @Test
    void aBurstOfCheckInsToOneActivityIsCountedExactly() throws Exception {
        String lead = fixtures.unitOf(pioneer, cobuildingId, "LEAD");
        List<String> people = new ArrayList<>(List.of(pioneer, unitLiaison, member1, member2));
        for (int i = 0; i < 20; i++) {
            people.add(fixtures.joined(pioneer, cobuildingId, "MEMBER", lead));
        }
        String activity = steps.activity(pioneer, cobuildingId, List.of());
        // Everyone at once, as a lecture starts: the counters see each check-in once, however they are batched.
        ExecutorService phones = Executors.newFixedThreadPool(12);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (String person : people) {
                sent.add(phones.submit(() -> new StatsSteps(new ApiClient(port), fixtures, jdbc).checkin(activity,
                        person)));
            }
            for (Future<?> f : sent) {
                f.get(1, TimeUnit.MINUTES);
            }
        } finally {
            phones.shutdown();
        }
        assertThat(count("SELECT COUNT(*) FROM checkin WHERE activity_id = ?", Long.parseLong(activity)))
                .isEqualTo(24L);

        awaitRow(liaison, Map.of("activities", 1, "expected", 24, "attended", 24, "checkins", 24,
                "activeMembers", 24));
    }

    @Test
    void aPeriodCountsTheMonthsItCoversAndABadOneIs422() {
        String all = steps.activity(pioneer, cobuildingId, List.of());
        steps.checkin(all, member1);
        steps.say(member1, cobuildingId, "到了");
        Map<String, Object> expected = Map.of("activities", 1, "checkins", 1, "messages", 1);
        awaitRow(liaison, expected);
        YearMonth current = YearMonth.now(SHANGHAI);
        JsonNode before = row("?from=" + current.minusMonths(3) + "&to=" + current.minusMonths(1));
        assertThat(before.path("activities").asInt()).isZero();
        assertThat(before.path("checkins").asLong()).isZero();
        assertThat(before.path("messages").asLong()).isZero();
        assertThat(before.path("activeMembers").asInt()).isZero();
        assertThat(before.path("attendanceRate").isNull()).isTrue();
        assertThat(before.path("lastActivityDate").isNull()).as("nothing up to the end of that period").isTrue();
        JsonNode only = row("?from=" + current + "&to=" + current);
        assertThat(only.path("activities").asInt()).isEqualTo(1);
        assertThat(only.path("messages").asLong()).isEqualTo(1);
        JsonNode later = row("?from=" + current + "&to=" + current.plusMonths(2));
        assertThat(later.path("checkins").asLong()).isEqualTo(1);
        JsonNode trends = api.get("/api/admin/stats/trends?from=" + current.minusMonths(1) + "&to=" + current,
                liaison).json();
        assertThat(trends.path("months").size()).isEqualTo(2);
        assertThat(trends.path("months").get(0).path("activities").asInt()).isZero();
        assertThat(trends.path("months").get(1).path("activities").asInt()).isEqualTo(1);

        problem(api.get("/api/admin/stats/overview?from=2026-05&to=2026-04", liaison), 422, "PERIOD_INVALID");
        problem(api.get("/api/admin/stats/overview?from=2023-01&to=2026-01", liaison), 422, "PERIOD_INVALID");
        assertThat(api.get("/api/admin/stats/overview?from=2023-02&to=2026-01", liaison).status())
                .as("36 months is the most").isEqualTo(200);
        problem(api.get("/api/admin/stats/trends?from=2026-13", liaison), 422, "PERIOD_INVALID");
        problem(api.get("/api/admin/stats/cobuildings?to=2026-1-01", liaison), 422, "PERIOD_INVALID");
        problem(api.get("/api/admin/stats/cobuildings?sort=phone", liaison), 422, "STATS_SORT_INVALID");
        problem(api.get("/api/admin/stats/cobuildings?sort=messages&order=up", liaison), 422, "STATS_SORT_INVALID");
        problem(api.get("/api/admin/stats/cobuildings?status=OPEN", liaison), 422, "VALIDATION_FAILED");
        problem(api.get("/api/admin/stats/cobuildings?size=101", liaison), 422, "VALIDATION_FAILED");
    }

    @Test
    void aLiaisonSeesOnlyTheirCobuildingsAndTheTableSortsFiltersAndPages() {
        String otherPioneer = fixtures.member();
        String second = fixtures.cobuilding(otherPioneer, 0);
        steps.assignLiaison(second, liaison, bureau);
        String third = fixtures.cobuilding(fixtures.member(), 0);
        String otherLiaison = fixtures.admin("LIAISON");
        steps.assignLiaison(third, otherLiaison, bureau);
        steps.say(member1, cobuildingId, "一");
        steps.say(member1, cobuildingId, "二");
        steps.say(otherPioneer, second, "三");
        awaitRow(liaison, Map.of("messages", 2));

        JsonNode mine = api.get("/api/admin/stats/cobuildings?sort=messages&order=desc", liaison).json();
        assertThat(mine.path("total").asInt()).isEqualTo(2);
        assertThat(mine.path("items").get(0).path("cobuildingId").asString()).isEqualTo(cobuildingId);
        assertThat(mine.path("items").get(1).path("cobuildingId").asString()).isEqualTo(second);
        JsonNode ascending = api.get("/api/admin/stats/cobuildings?sort=messages&order=asc&page=2&size=1", liaison)
                .json();
        assertThat(ascending.path("total").asInt()).isEqualTo(2);
        assertThat(ascending.path("items").size()).isEqualTo(1);
        assertThat(ascending.path("items").get(0).path("cobuildingId").asString()).isEqualTo(cobuildingId);
        JsonNode noRate = api.get("/api/admin/stats/cobuildings?sort=attendanceRate&order=desc", liaison).json();
        assertThat(noRate.path("items").get(0).path("attendanceRate").isNull()).isTrue();

        // Another liaison's co-building is not in reach, asked for or not.
        JsonNode other = api.get("/api/admin/stats/cobuildings", otherLiaison).json();
        assertThat(other.path("total").asInt()).isEqualTo(1);
        assertThat(other.path("items").get(0).path("cobuildingId").asString()).isEqualTo(third);
        assertThat(api.get("/api/admin/stats/cobuildings?liaisonId=" + fixtures.adminId(liaison), otherLiaison).json()
                .path("total").asInt()).isZero();
        assertThat(api.get("/api/admin/stats/overview", otherLiaison).json().path("cobuildings").path("total").asInt())
                .isEqualTo(1);
        assertThat(api.get("/api/admin/stats/overview", otherLiaison).json().path("messages").asLong()).isZero();
        assertThat(api.get("/api/admin/stats/at-risk", otherLiaison).json().path("items")).allSatisfy(item ->
                assertThat(item.path("cobuildingId").asString()).isEqualTo(third));

        // The bureau sees everything, and narrows by liaison, status and unit type.
        JsonNode byLiaison = api.get("/api/admin/stats/cobuildings?liaisonId=" + fixtures.adminId(liaison), bureau)
                .json();
        assertThat(byLiaison.path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/admin/stats/cobuildings?liaisonId=" + fixtures.adminId(liaison)
                + "&status=WITHDRAWN", bureau).json().path("total").asInt()).isZero();
        assertThat(api.get("/api/admin/stats/cobuildings?liaisonId=" + fixtures.adminId(liaison)
                + "&unitType=UNIVERSITY&status=ACTIVE", bureau).json().path("total").asInt()).isEqualTo(2);
        assertThat(api.get("/api/admin/stats/cobuildings?liaisonId=" + fixtures.adminId(liaison)
                + "&unitType=ENTERPRISE", bureau).json().path("total").asInt()).isZero();
        assertThat(api.get("/api/admin/stats/cobuildings?size=100", bureau).json().path("total").asInt())
                .isGreaterThanOrEqualTo(3);
        for (String role : List.of("EVALUATOR", "VIEWER")) {
            assertThat(api.get("/api/admin/stats/cobuildings?liaisonId=" + fixtures.adminId(liaison),
                    fixtures.admin(role)).json().path("total").asInt()).isEqualTo(2);
        }
    }

    @Test
    void theTableDownloadsAsXlsxWithChineseHeadersWithinTheCallersReach() throws Exception {
        steps.say(member1, cobuildingId, "一");
        awaitRow(liaison, Map.of("messages", 1));
        String otherLiaison = fixtures.admin("LIAISON");
        steps.assignLiaison(fixtures.cobuilding(fixtures.member(), 0), otherLiaison, bureau);

        HttpResponse<byte[]> download = download("/api/admin/stats/cobuildings.xlsx?sort=messages&order=desc",
                liaison);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("先锋号");
            assertThat(sheet.getRow(0).getCell(23).getStringCellValue()).isEqualTo("群消息数");
            assertThat(sheet.getLastRowNum()).as("the liaison's one co-building").isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(row("").path("name").asString());
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("共建中");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("高校");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(4);
            assertThat(row.getCell(23).getNumericCellValue()).isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'stats.export' AND admin_id = ?",
                Long.parseLong(fixtures.adminId(liaison)))).isEqualTo(1);
        HttpResponse<byte[]> bad = download("/api/admin/stats/cobuildings.xlsx?sort=phone", liaison);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(new String(bad.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("STATS_SORT_INVALID");
    }

    @Test
    void pushOutcomesAreCountedAsDeliveriesSettle() {
        // member1 granted one send of the briefing template: SENT; the three others have none: SKIPPED.
        jdbc.update("INSERT INTO push_quota (user_id, template_id, remaining, last_result)"
                + " VALUES (?, 'tpl-test-briefing', 1, 'accept')", Long.parseLong(fixtures.userId(member1)));
        Map<String, Long> before = pushCounts();
        String briefing = steps.briefing(bureau, cobuildingId);
        StatsSteps.eventually(() -> count("SELECT COUNT(*) FROM push_delivery WHERE ref_id = ?"
                + " AND status IN ('SENT', 'NO_QUOTA', 'FAILED')", "briefing:" + briefing) == 4 ? true : null);
        assertThat(count("SELECT COUNT(*) FROM push_delivery WHERE ref_id = ? AND status = 'SENT'",
                "briefing:" + briefing)).isEqualTo(1);
        Map<String, Long> after = StatsSteps.eventually(() -> {
            Map<String, Long> now = pushCounts();
            return now.get("SENT") >= before.get("SENT") + 1 && now.get("SKIPPED") >= before.get("SKIPPED") + 3
                    ? now : null;
        });
        JsonNode push = api.get("/api/admin/stats/overview", bureau).json().path("push");
        assertThat(push.path("sent").asLong()).isEqualTo(after.get("SENT"));
        assertThat(push.path("skipped").asLong()).isEqualTo(after.get("SKIPPED"));
        assertThat(push.path("deliveryRate").asDouble()).isEqualTo((double) after.get("SENT")
                / (after.get("SENT") + after.get("SKIPPED") + after.get("FAILED")));
    }

    @Test
    void onlyTheBureauAdminReconcilesAndMembersHaveNoStatistics() {
        for (String role : List.of("EVALUATOR", "VIEWER", "LIAISON")) {
            problem(api.post("/api/admin/stats/reconcile", null, fixtures.admin(role)), 403, "FORBIDDEN");
        }
        assertThat(api.get("/api/admin/stats/overview", pioneer).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/stats/overview", null).status()).isEqualTo(401);
    }

    @Test
    void theReconciliationRepairsDriftAndSaysSo() {
        String all = steps.activity(pioneer, cobuildingId, List.of());
        steps.checkin(all, member1);
        steps.say(member2, cobuildingId, "收到");
        awaitRow(liaison, Map.of("activities", 1, "checkins", 1, "messages", 1, "activeMembers", 2));
        long cb = Long.parseLong(cobuildingId);
        // Drift: a counter that is off, a row that is gone, a row that should not be there.
        jdbc.update("UPDATE stats_cobuilding_month SET messages = messages + 5 WHERE cobuilding_id = ?", cb);
        jdbc.update("DELETE FROM stats_activity WHERE activity_id = ?", Long.parseLong(all));
        jdbc.update("INSERT INTO stats_member_month (cobuilding_id, month, user_id) VALUES (?, '2020-01-01', 1)", cb);
        assertThat(row("").path("messages").asLong()).isEqualTo(6);
        assertThat(row("").path("activities").asInt()).isZero();

        Reply reconciled = api.post("/api/admin/stats/reconcile", null, bureau);
        assertThat(reconciled.status()).as(reconciled.body()).isEqualTo(200);
        Map<String, JsonNode> tables = new LinkedHashMap<>();
        reconciled.json().path("tables").forEach(t -> tables.put(t.path("table").asString(), t));
        assertThat(tables).containsOnlyKeys("stats_activity", "stats_cobuilding_month", "stats_member_month",
                "stats_member_last_message", "stats_push_month");
        assertThat(tables.get("stats_activity").path("missing").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(tables.get("stats_cobuilding_month").path("changed").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(tables.get("stats_member_month").path("extra").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(reconciled.json().path("rowsFixed").asLong()).isGreaterThanOrEqualTo(3);

        JsonNode repaired = row("");
        assertThat(repaired.path("messages").asLong()).isEqualTo(1);
        assertThat(repaired.path("activities").asInt()).isEqualTo(1);
        assertThat(repaired.path("checkins").asLong()).isEqualTo(1);
        assertThat(repaired.path("expected").asLong()).isEqualTo(4);
        assertThat(repaired.path("attended").asLong()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM stats_member_month WHERE cobuilding_id = ? AND user_id = 1", cb))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'stats.reconcile' AND admin_id = ?",
                Long.parseLong(fixtures.adminId(bureau)))).isEqualTo(1);

        // Nothing left to repair in this co-building's rows: a second run finds them as the sources say.
        Reply again = api.post("/api/admin/stats/reconcile", null, bureau);
        assertThat(again.status()).isEqualTo(200);
        assertThat(row("").path("messages").asLong()).isEqualTo(1);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private HttpResponse<byte[]> download(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).timeout(java.time.Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(SHANGHAI);
    }

    /** This month's push outcomes as counted (over the default period, as the overview reads them). */
    private Map<String, Long> pushCounts() {
        Map<String, Long> counts = new LinkedHashMap<>(Map.of("SENT", 0L, "SKIPPED", 0L, "FAILED", 0L));
        jdbc.query("SELECT outcome, SUM(n) FROM stats_push_month WHERE month >= ? GROUP BY outcome",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, java.sql.Date.valueOf(Period.recent(Clock.systemUTC()).firstDay()));
        return counts;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The test co-building's row for the liaison with these query parameters. */
    private JsonNode row(String query) {
        Reply reply = api.get("/api/admin/stats/cobuildings" + query, liaison);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode item : reply.json().path("items")) {
            if (cobuildingId.equals(item.path("cobuildingId").asString())) {
                return item;
            }
        }
        throw new AssertionError("no row of the co-building: " + reply.body());
    }

    /** Waits until the liaison's row of the test co-building shows these numbers (counters follow the commits). */
    private JsonNode awaitRow(String adminToken, Map<String, Object> expected) {
        JsonNode[] last = new JsonNode[1];
        try {
            return StatsSteps.eventually(() -> {
                last[0] = steps.row(adminToken, cobuildingId);
                return last[0] != null && matches(last[0], expected) ? last[0] : null;
            });
        } catch (AssertionError e) {
            throw new AssertionError("expected " + expected + " in " + last[0], e);
        }
    }

    private static boolean matches(JsonNode row, Map<String, Object> expected) {
        return expected.entrySet().stream().allMatch(e -> row.path(e.getKey()).asLong()
                == ((Number) e.getValue()).longValue());
    }

    private static void problem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.code()).as(reply.body()).isEqualTo(code);
    }
}
