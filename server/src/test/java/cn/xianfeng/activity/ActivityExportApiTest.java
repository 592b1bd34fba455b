package cn.xianfeng.activity;

import static cn.xianfeng.activity.ActivityApiTest.activity;
import static cn.xianfeng.activity.ActivityApiTest.clientId;
import static cn.xianfeng.activity.ActivityApiTest.located;
import static cn.xianfeng.activity.ActivityApiTest.with;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Downloads;
import cn.xianfeng.support.Downloads.Download;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The bureau's activity spreadsheets, downloaded over HTTP and read back with Apache POI. */
@ApiTest
class ActivityExportApiTest extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    String pioneer;
    String member;
    String helped;
    String cobuilding;
    String lecture;
    String otherPioneer;
    String otherCobuilding;
    String session;
    String otherLecture;
    String bureau;
    /** The months around now: an activity started 20 minutes ago may fall in the previous month. */
    String period;

    @BeforeEach
    void setUp() {
        pioneer = fixtures.member();
        cobuilding = fixtures.cobuilding(pioneer, 0);
        String lead = fixtures.unitOf(pioneer, cobuilding, "LEAD");
        member = fixtures.joined(pioneer, cobuilding, "MEMBER", lead);
        helped = fixtures.joined(pioneer, cobuilding, "MEMBER", lead);
        lecture = created(cobuilding, pioneer, activity(-20, 60));
        assertThat(api.post(ActivityApiTest.checkinsOf(lecture), located(ActivityApiTest.LAT, ActivityApiTest.LNG),
                member).status()).isEqualTo(201);
        assertThat(api.post("/api/mp/activities/" + lecture + "/checkins/on-behalf", Map.of("clientId", clientId(),
                "userId", fixtures.userId(helped), "reason", "手机没电"), pioneer).status()).isEqualTo(201);

        otherPioneer = fixtures.member();
        otherCobuilding = fixtures.cobuilding(otherPioneer, 0);
        otherLecture = created(otherCobuilding, otherPioneer, activity(-20, 60));
        assertThat(api.post(ActivityApiTest.checkinsOf(otherLecture), located(ActivityApiTest.LAT,
                ActivityApiTest.LNG), otherPioneer).status()).isEqualTo(201);

        bureau = fixtures.admin("BUREAU_ADMIN");
        Reply made = api.post("/api/admin/activities", with(activity(-20, 90), "type", "POLICY_SESSION",
                "title", "研发费用加计扣除政策解读", "cobuildingIds", List.of(cobuilding, otherCobuilding)), bureau);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        session = made.json().path("id").asString();
        assertThat(api.post(ActivityApiTest.checkinsOf(session), located(ActivityApiTest.LAT, ActivityApiTest.LNG),
                otherPioneer).status()).isEqualTo(201);

        OffsetDateTime now = OffsetDateTime.now(SHANGHAI);
        period = "from=" + YearMonth.from(now.minusDays(1)) + "&to=" + YearMonth.from(now);
    }

    // --- one activity's attendance -----------------------------------------------------------------------------

    @Test
    void theAttendanceSheetListsEveryoneAsTheAttendanceListDoes() {
        String viewer = fixtures.admin("VIEWER");
        Download file = download("/api/admin/activities/" + lecture + "/attendance.xlsx", viewer);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(file.header("Cache-Control")).isEqualTo("no-store");
        String day = OffsetDateTime.parse(api.get("/api/admin/activities/" + lecture, viewer).json().path("startAt")
                .asString()).atZoneSameInstant(SHANGHAI).toLocalDate().toString();
        String disposition = file.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"export_" + day + ".xlsx\"; filename*=UTF-8''");
        assertThat(fileName(disposition)).isEqualTo("签到表_科技成果转化讲座_" + day + ".xlsx");

        List<List<String>> rows = file.rows();
        assertThat(rows.get(0)).containsExactly("成员", "单位", "应到", "状态", "签到时间", "签到方式", "异常", "审核",
                "补签人", "补签原因");
        JsonNode list = api.get("/api/admin/activities/" + lecture + "/attendance?size=100", viewer).json();
        assertThat(rows).hasSize(1 + list.path("total").asInt()).hasSize(4);
        String unit = leadUnitName(pioneer, cobuilding);
        Map<String, List<String>> byName = byColumn(data(rows), 0);
        JsonNode memberItem = item(list, fixtures.userId(member));
        assertThat(byName.get(memberItem.path("displayName").asString())).containsExactly(
                memberItem.path("displayName").asString(), unit, "是", "迟到",
                shown(memberItem.path("checkin").path("checkedInAt").asString()), "定位签到", "迟到", "待审核", "", "");
        JsonNode helpedItem = item(list, fixtures.userId(helped));
        assertThat(byName.get(helpedItem.path("displayName").asString())).containsExactly(
                helpedItem.path("displayName").asString(), unit, "是", "已签到",
                shown(helpedItem.path("checkin").path("checkedInAt").asString()), "补签", "", "",
                item(list, fixtures.userId(pioneer)).path("displayName").asString(), "手机没电");
        assertThat(byName.get(item(list, fixtures.userId(pioneer)).path("displayName").asString()))
                .containsExactly(item(list, fixtures.userId(pioneer)).path("displayName").asString(), unit, "是", "缺席",
                        "", "", "", "", "", "");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'export.attendance'"
                + " AND target_id = ?", Integer.class, lecture)).isEqualTo(1);
    }

    @Test
    void anActivityNobodyMaySeeIsNotFoundAsAProblemNotAFile() {
        Download unknown = download("/api/admin/activities/987654321/attendance.xlsx", bureau);
        assertProblem(unknown, 404, "ACTIVITY_NOT_FOUND");
        String liaison = fixtures.admin("LIAISON");
        assertProblem(download("/api/admin/activities/" + lecture + "/attendance.xlsx", liaison), 404,
                "ACTIVITY_NOT_FOUND");
        assignLiaison(cobuilding, liaison);
        assertThat(download("/api/admin/activities/" + lecture + "/attendance.xlsx", liaison).status()).isEqualTo(200);
        assertThat(download("/api/admin/activities/" + lecture + "/attendance.xlsx", pioneer).status()).isEqualTo(401);
    }

    // --- the activities of a period ----------------------------------------------------------------------------

    @Test
    void theActivityListHasTypeOrganiserCobuildingsCountsAndStatusInChinese() {
        Download file = download("/api/admin/activities.xlsx?" + period, bureau);
        assertThat(file.status()).isEqualTo(200);
        assertThat(fileName(file.header("Content-Disposition"))).startsWith("活动列表_").endsWith(".xlsx");
        List<List<String>> rows = file.rows();
        assertThat(rows.get(0)).containsExactly("活动编号", "活动名称", "类型", "组织者", "先锋号", "开始时间", "结束时间",
                "地点", "应到", "实到", "状态", "取消原因");
        Map<String, List<String>> byId = byColumn(data(rows), 0);
        JsonNode view = api.get("/api/admin/activities/" + lecture, bureau).json();
        assertThat(byId.get(lecture)).containsExactly(lecture, "科技成果转化讲座", "讲座",
                view.path("organizer").path("displayName").asString(), cobuildingName(cobuilding),
                shown(view.path("startAt").asString()), shown(view.path("endAt").asString()), "人民广场", "3", "2",
                "进行中", "");

        api.post("/api/admin/activities/" + session + "/cancel", Map.of("reason", "政策调整"), bureau);
        List<String> sessionRow = byColumn(data(download("/api/admin/activities.xlsx?" + period, bureau).rows()), 0)
                .get(session);
        assertThat(sessionRow.get(2)).isEqualTo("送政策上门");
        assertThat(sessionRow.get(3)).isEqualTo(jdbc.queryForObject(
                "SELECT display_name FROM admin_account WHERE id = ?", String.class,
                Long.parseLong(fixtures.adminId(bureau))));
        assertThat(sessionRow.get(4)).isEqualTo(cobuildingName(cobuilding) + "、" + cobuildingName(otherCobuilding));
        assertThat(sessionRow.subList(8, 12)).containsExactly("4", "1", "已取消", "政策调整");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'export.activities'"
                + " AND admin_id = ?", Integer.class, Long.parseLong(fixtures.adminId(bureau)))).isEqualTo(2);
    }

    @Test
    void aLiaisonExportsOnlyTheActivitiesAndCheckinsOfTheirCobuildings() {
        String liaison = fixtures.admin("LIAISON");
        assertThat(download("/api/admin/activities.xlsx?" + period, liaison).rows()).hasSize(1);
        assertThat(download("/api/admin/checkins.xlsx?" + period, liaison).rows()).hasSize(1);

        assignLiaison(cobuilding, liaison);
        assertThat(byColumn(data(download("/api/admin/activities.xlsx?" + period, liaison).rows()), 0))
                .containsOnlyKeys(lecture, session);
        List<List<String>> checkins = download("/api/admin/checkins.xlsx?" + period, liaison).rows();
        assertThat(checkins.subList(1, checkins.size())).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder(lecture, lecture, session);
        assertThat(checkins).noneMatch(r -> r.get(0).equals(otherLecture));
    }

    @Test
    void periodsOutsideTheRulesAreProblemsAndAnEmptyPeriodIsJustTheHeaders() {
        assertProblem(download("/api/admin/activities.xlsx?from=2026-08&to=2026-03", bureau), 422, "PERIOD_INVALID");
        assertProblem(download("/api/admin/checkins.xlsx?from=2024-01&to=2027-01", bureau), 422, "PERIOD_INVALID");
        Download garbled = download("/api/admin/checkins.xlsx?from=2026-13", bureau);
        assertProblem(garbled, 422, "PERIOD_INVALID");
        assertThat(garbled.json().path("errors").has("from")).isTrue();
        assertProblem(download("/api/admin/activities.xlsx?to=yesterday", bureau), 422, "PERIOD_INVALID");

        assertThat(download("/api/admin/activities.xlsx?from=2001-01-05&to=2001-02", bureau).rows()).hasSize(1);
        Download none = download("/api/admin/checkins.xlsx?from=2001-01&to=2001-02", bureau);
        assertThat(none.rows()).containsExactly(List.of("活动编号", "活动名称", "活动开始时间", "先锋号", "成员", "单位",
                "签到时间", "签到方式", "异常", "审核", "补签人", "补签原因"));
        assertThat(fileName(none.header("Content-Disposition"))).isEqualTo("签到明细_2001-01至2001-02.xlsx");
        // Without a period: the last six whole months and this one, which has today's activities.
        assertThat(byColumn(data(download("/api/admin/activities.xlsx", bureau).rows()), 0)).containsKey(lecture);
    }

    // --- every check-in of a period ----------------------------------------------------------------------------

    @Test
    void theCheckinListNamesActivityCobuildingMemberUnitMethodFlagsReviewAndHelper() {
        Download file = download("/api/admin/checkins.xlsx?" + period, bureau);
        assertThat(file.status()).isEqualTo(200);
        List<List<String>> rows = file.rows();
        JsonNode list = api.get("/api/admin/activities/" + lecture + "/attendance?size=100", bureau).json();
        String memberName = item(list, fixtures.userId(member)).path("displayName").asString();
        String helpedName = item(list, fixtures.userId(helped)).path("displayName").asString();
        String pioneerName = item(list, fixtures.userId(pioneer)).path("displayName").asString();
        Map<String, List<String>> byMember = byColumn(rows.stream().filter(r -> r.get(0).equals(lecture)).toList(), 4);
        JsonNode lectureView = api.get("/api/admin/activities/" + lecture, bureau).json();
        assertThat(byMember.get(memberName)).containsExactly(lecture, "科技成果转化讲座",
                shown(lectureView.path("startAt").asString()), cobuildingName(cobuilding), memberName,
                leadUnitName(pioneer, cobuilding), shown(item(list, fixtures.userId(member)).path("checkin")
                        .path("checkedInAt").asString()), "定位签到", "迟到", "待审核", "", "");
        assertThat(byMember.get(helpedName).subList(7, 12)).containsExactly("补签", "", "", pioneerName, "手机没电");

        // At a session for two co-buildings, a person's row names the co-building and unit they came from.
        List<List<String>> atSession = rows.stream().filter(r -> r.get(0).equals(session)).toList();
        assertThat(atSession).hasSize(1);
        assertThat(atSession.get(0).get(3)).isEqualTo(cobuildingName(otherCobuilding));
        assertThat(atSession.get(0).get(5)).isEqualTo(leadUnitName(otherPioneer, otherCobuilding));
        assertThat(rows.stream().filter(r -> r.get(0).equals(otherLecture))).hasSize(1);

        String checkinId = jdbc.queryForObject("SELECT id FROM checkin WHERE activity_id = ? AND user_id = ?",
                String.class, Long.parseLong(lecture), Long.parseLong(fixtures.userId(member)));
        api.post("/api/admin/activities/" + lecture + "/checkins/" + checkinId + "/review",
                Map.of("decision", "OVERRULED", "note", "未到场"), bureau);
        List<List<String>> after = download("/api/admin/checkins.xlsx?" + period, bureau).rows();
        assertThat(byColumn(after.stream().filter(r -> r.get(0).equals(lecture)).toList(), 4).get(memberName).get(9))
                .isEqualTo("已驳回");
        assertThat(jdbc.queryForList("SELECT summary FROM audit_log WHERE action = 'export.checkins' AND admin_id = ?",
                String.class, Long.parseLong(fixtures.adminId(bureau)))).hasSize(2).allMatch(s -> s.contains("至"));
    }

    @Test
    void theCheckinListStreamsPastOneBatch() {
        // More check-ins than one batch of the export (names and units are read batch by batch).
        int people = ActivityExports.BATCH + 5;
        long activityId = Long.parseLong(lecture);
        long firstUser = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1000000 FROM app_user", Long.class);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> checkins = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            users.add(new Object[] {firstUser + i, "bulk-" + (firstUser + i), "批量" + i});
            checkins.add(new Object[] {activityId, firstUser + i, "bulk-" + i});
        }
        jdbc.batchUpdate("INSERT INTO app_user (id, openid, nickname) VALUES (?, ?, ?)", users);
        jdbc.batchUpdate("INSERT INTO checkin (activity_id, user_id, client_id, method, checked_in_at, flags)"
                + " VALUES (?, ?, ?, 'ROTATING_CODE', NOW(3), '')", checkins);
        List<List<String>> rows = download("/api/admin/checkins.xlsx?" + period, bureau).rows();
        List<List<String>> bulk = rows.stream().filter(r -> r.get(4).startsWith("批量")).toList();
        assertThat(bulk).hasSize(people).allMatch(r -> r.get(0).equals(lecture) && r.get(7).equals("签到码签到"));
        assertThat(bulk).extracting(r -> r.get(4)).doesNotHaveDuplicates();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    String created(String cobuildingId, String token, Map<String, Object> body) {
        Reply reply = api.post(ActivityApiTest.activitiesOf(cobuildingId), body, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    Download download(String path, String token) {
        return Downloads.get(port, path, token);
    }

    void assignLiaison(String cobuildingId, String liaisonToken) {
        Reply assigned = api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaisonToken)), fixtures.superAdmin());
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    String cobuildingName(String cobuildingId) {
        return api.get("/api/admin/cobuildings/" + cobuildingId, bureau).json().path("name").asString();
    }

    String leadUnitName(String pioneerToken, String cobuildingId) {
        for (JsonNode unit : api.get("/api/mp/cobuildings/" + cobuildingId, pioneerToken).json().path("units")) {
            if (unit.path("role").asString().equals("LEAD")) {
                return unit.path("name").asString();
            }
        }
        throw new IllegalStateException("no lead unit");
    }

    static JsonNode item(JsonNode attendance, String userId) {
        for (JsonNode item : attendance.path("items")) {
            if (item.path("userId").asString().equals(userId)) {
                return item;
            }
        }
        throw new IllegalStateException("not listed: " + userId);
    }

    /** The rows after the header row. */
    static List<List<String>> data(List<List<String>> rows) {
        return rows.subList(1, rows.size());
    }

    /** Rows by the text of one column (the last row wins). */
    static Map<String, List<String>> byColumn(List<List<String>> rows, int column) {
        Map<String, List<String>> by = new HashMap<>();
        rows.forEach(r -> by.put(r.get(column), r));
        return by;
    }

    /** An API time as the spreadsheet shows it: Shanghai wall time to the minute. */
    static String shown(String isoTime) {
        return OffsetDateTime.parse(isoTime).atZoneSameInstant(SHANGHAI).format(SHOWN);
    }

    static String fileName(String disposition) {
        Matcher m = Pattern.compile("filename\\*=UTF-8''(\\S+)").matcher(disposition);
        assertThat(m.find()).as(disposition).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    static void assertProblem(Download reply, int status, String code) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("code").asString()).isEqualTo(code);
    }
}
