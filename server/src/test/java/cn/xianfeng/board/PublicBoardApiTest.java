package cn.xianfeng.board;

import static cn.xianfeng.board.BoardHttp.get;
import static cn.xianfeng.board.BoardHttp.header;
import static cn.xianfeng.board.BoardHttp.text;
import static cn.xianfeng.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public board as JSON and as a page: a real co-building with goals, tasks and photo evidence entered through
 * the mini-program's API, read by anyone without a login; withdrawn ones show only that; ETags; nothing personal.
 */
@ApiTest
class PublicBoardApiTest extends ApiTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private String pioneer;
    private String liaison;
    private String cobuildingId;
    private String publicId;

    @BeforeEach
    void aCobuildingWithAPartner() {
        pioneer = fixtures.member();
        api.put("/api/mp/me", Map.of("nickname", "王先锋"), pioneer);
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        liaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuildingId, "PARTNER"));
        api.put("/api/mp/me", Map.of("nickname", "李联络"), liaison);
        publicId = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("publicId").asString();
    }

    private String goal(String category, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("category", category, "title", title,
                "targetText", "攻克三项关键技术", "targetAmount", 3, "targetUnit", "项",
                "targetDate", TODAY.plusMonths(6).toString()));
        Reply created = api.post("/api/mp/cobuildings/" + cobuildingId + "/goals", body, pioneer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String task(String goalId, String title, LocalDate start, LocalDate due, String... ownerTokens) {
        List<String> owners = new ArrayList<>();
        for (String owner : ownerTokens) {
            owners.add(fixtures.userId(owner));
        }
        Reply created = api.post("/api/mp/goals/" + goalId + "/tasks", Map.of("title", title, "ownerIds", owners,
                "plannedStart", start.toString(), "dueDate", due.toString(), "weight", 2,
                "clientId", Fixtures.unique("t-")), pioneer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String progress(String taskId, String reporter, int percent, String note, long... photos) {
        List<Long> photoIds = new ArrayList<>();
        for (long photo : photos) {
            photoIds.add(photo);
        }
        Reply posted = api.post("/api/mp/tasks/" + taskId + "/progress", Map.of("percent", percent, "note", note,
                "photoMediaIds", photoIds, "achievedAmount", 1, "clientId", Fixtures.unique("p-")), reporter);
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().path("id").asString();
    }

    private long photoBy(String token) {
        return TestPhotos.uploaded(jdbc, Long.parseLong(fixtures.userId(token)), "PROGRESS", null);
    }

    private HttpResponse<byte[]> board(String... headers) {
        return get(port, "/api/public/boards/" + publicId, headers);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode goalTitled(JsonNode board, String title) {
        for (JsonNode goal : board.path("goals")) {
            if (title.equals(goal.path("title").asString())) {
                return goal;
            }
        }
        throw new AssertionError("no goal " + title + " in " + board);
    }

    @Test
    void anyoneReadsTheGoalListAndTheProgressTableWithPhotoEvidence() {
        String goalId = goal("PROBLEMS", "攻关高精度传感器");
        String taskId = task(goalId, "完成样机研制", TODAY.minusDays(10), TODAY.plusDays(20), liaison);
        task(goalId, "组织专家评审", TODAY.minusDays(10), TODAY.minusDays(1), pioneer);
        long photo = photoBy(liaison);
        String reportId = progress(taskId, liaison, 40, "样机完成初测", photo);
        String bureau = fixtures.superAdmin();
        JsonNode items = api.get("/api/mp/cobuildings/" + cobuildingId + "/checklist", pioneer).json();
        int total = items.path("total").asInt();
        for (int i = 0; i < 2; i++) {
            String itemId = items.path("items").get(i).path("itemId").asString();
            Reply ticked = api.put("/api/mp/cobuildings/" + cobuildingId + "/checklist/" + itemId,
                    Map.of("note", "已落实", "photoMediaIds", List.of(photoBy(pioneer))), pioneer);
            assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
        }
        Reply confirmed = api.post("/api/admin/cobuildings/" + cobuildingId + "/checklist/"
                + items.path("items").get(0).path("itemId").asString() + "/review", Map.of("decision", "CONFIRM"),
                bureau);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        Reply marked = api.put("/api/admin/progress-reports/" + reportId + "/highlight", Map.of("comment", "样机进展快"),
                bureau);
        assertThat(marked.status()).as(marked.body()).isEqualTo(200);

        HttpResponse<byte[]> response = board();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.path("publicId").asString()).isEqualTo(publicId);
        assertThat(body.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(body.path("available").asBoolean()).isTrue();
        assertThat(body.has("plaqueDate")).isTrue();
        assertThat(body.path("units")).extracting(u -> u.path("role").asString()).containsExactly("LEAD", "PARTNER");
        assertThat(body.path("units").get(0).path("name").asString()).startsWith("先锋大学");
        assertThat(body.path("stage").asInt()).isEqualTo(1);
        assertThat(body.path("categories")).extracting(c -> c.path("category").asString())
                .containsExactly("BASE", "PROBLEMS", "LEADERS", "TALENT", "ACHIEVEMENTS");

        JsonNode goal = goalTitled(body, "攻关高精度传感器");
        assertThat(goal.path("id").asString()).isEqualTo(goalId);
        assertThat(goal.path("category").asString()).isEqualTo("PROBLEMS");
        assertThat(goal.path("targetText").asString()).isEqualTo("攻克三项关键技术");
        assertThat(goal.path("targetAmount").decimalValue()).isEqualByComparingTo("3");
        assertThat(goal.path("achievedAmount").decimalValue()).isEqualByComparingTo("1");
        assertThat(goal.path("targetUnit").asString()).isEqualTo("项");
        assertThat(goal.path("status").asString()).isEqualTo("ACTIVE");
        // Two tasks of weight 2 at 40 % and 0 %.
        assertThat(goal.path("completion").asInt()).isEqualTo(20);
        JsonNode tasks = goal.path("tasks");
        assertThat(tasks).extracting(t -> t.path("title").asString()).containsExactly("组织专家评审", "完成样机研制");
        JsonNode overdue = tasks.get(0);
        assertThat(overdue.path("overdue").asBoolean()).isTrue();
        assertThat(overdue.path("owners")).extracting(JsonNode::asString).containsExactly("王先锋");
        assertThat(overdue.path("latestProgress").isNull()).isTrue();
        JsonNode reported = tasks.get(1);
        assertThat(reported.path("id").asString()).isEqualTo(taskId);
        assertThat(reported.path("owners")).extracting(JsonNode::asString).containsExactly("李联络");
        assertThat(reported.path("plannedStart").asString()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(reported.path("dueDate").asString()).isEqualTo(TODAY.plusDays(20).toString());
        assertThat(reported.path("weight").asInt()).isEqualTo(2);
        assertThat(reported.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reported.path("overdue").asBoolean()).isFalse();
        assertThat(reported.path("percent").asInt()).isEqualTo(40);
        JsonNode latest = reported.path("latestProgress");
        assertThat(latest.path("percent").asInt()).isEqualTo(40);
        assertThat(latest.path("note").asString()).isEqualTo("样机完成初测");
        assertThat(latest.path("reportedAt").asString()).endsWith("+08:00");
        JsonNode shown = latest.path("photos").get(0);
        assertThat(shown.path("id").asString()).isEqualTo(String.valueOf(photo));
        assertThat(shown.path("url").asString()).startsWith("/api/media/" + photo + "/");
        assertThat(shown.path("thumbUrl").asString()).startsWith("/api/media/" + photo + "/");
        assertThat(body.path("checklist").path("confirmed").asInt()).isEqualTo(1);
        assertThat(body.path("checklist").path("ticked").asInt()).isEqualTo(2);
        assertThat(body.path("checklist").path("total").asInt()).isEqualTo(total).isPositive();
        JsonNode highlight = body.path("highlights").get(0);
        assertThat(highlight.path("kind").asString()).isEqualTo("PROGRESS");
        assertThat(highlight.path("title").asString()).isEqualTo("完成样机研制");
        assertThat(highlight.path("text").asString()).isEqualTo("样机完成初测");
        assertThat(highlight.path("photos").get(0).path("id").asString()).isEqualTo(String.valueOf(photo));
        assertThat(highlight.path("markedAt").asString()).endsWith("+08:00");
        assertThat(body.path("highlights")).hasSize(1);
        // Signed links: a browser or an <image> opens them without a login.
        assertThat(shown.path("url").asString()).matches("/api/media/\\d+/[a-z]+\\?exp=\\d+&sig=[^&]+");

        String page = text(get(port, "/board/" + publicId));
        assertThat(page).contains("攻关高精度传感器", "完成样机研制", "组织专家评审", "已逾期", "李联络", "样机完成初测",
                "已确认 <strong>1</strong> / " + total, "亮点", "攻克三项关键技术");
    }

    @Test
    void aWithdrawnCobuildingShowsOnlyThatItIsNoLongerOnTheBoard() {
        goal("PROBLEMS", "攻关高精度传感器");
        Reply withdrawn = api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw", Map.of("reason", "主动退出"),
                fixtures.superAdmin());
        assertThat(withdrawn.status()).isEqualTo(200);

        HttpResponse<byte[]> response = board();

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        List<String> fields = new ArrayList<>();
        body.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("publicId", "name", "status", "plaqueDate", "available");
        assertThat(body.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(body.path("available").asBoolean()).isFalse();

        HttpResponse<byte[]> page = get(port, "/board/" + publicId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page)).contains("已退出").doesNotContain("攻关高精度传感器");
    }

    @Test
    void anUnknownOrMalformedPublicIdIsNotFound() {
        for (String id : List.of("AAAAAAAAAAAAAAAAAAAAAA", "x".repeat(40), "abc~def", "%3Cscript%3E")) {
            Reply reply = api.get("/api/public/boards/" + id, null);
            assertThat(reply.status()).as(id).isEqualTo(404);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.code()).isEqualTo("BOARD_NOT_FOUND");
            assertThat(reply.json().path("title").asString()).isEqualTo("公示牌不存在");

            HttpResponse<byte[]> page = get(port, "/board/" + id);
            assertThat(page.statusCode()).as(id).isEqualTo(404);
            assertThat(header(page, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
            assertThat(text(page)).contains("没有找到这个公示牌");
        }
    }

    @Test
    void anUnchangedBoardIsNotSentAgainAndAChangedOneIs() {
        String goalId = goal("PROBLEMS", "攻关高精度传感器");
        String taskId = task(goalId, "完成样机研制", TODAY, TODAY.plusDays(20), liaison);
        String[] etag = new String[1];
        // The draft goals of the application arrive after the approval, on another thread: wait for a still board.
        eventually(() -> {
            HttpResponse<byte[]> first = board();
            etag[0] = header(first, "ETag");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(board("If-None-Match", etag[0]).statusCode()).isEqualTo(304);
        });
        HttpResponse<byte[]> first = board();
        assertThat(header(first, "ETag")).isEqualTo(etag[0]).matches("\"[A-Za-z0-9_-]{22}\"");
        assertThat(header(first, "Cache-Control")).isEqualTo("max-age=60, public");

        HttpResponse<byte[]> notModified = board("If-None-Match", etag[0]);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(header(notModified, "ETag")).isEqualTo(etag[0]);
        assertThat(board("If-None-Match", "\"other\", " + etag[0]).statusCode()).isEqualTo(304);
        assertThat(board("If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        progress(taskId, liaison, 10, "开始研制");
        HttpResponse<byte[]> changed = board("If-None-Match", etag[0]);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(header(changed, "ETag")).isNotEqualTo(etag[0]);
        assertThat(BoardResponses.etag(changed.body())).isEqualTo(header(changed, "ETag"));

        HttpResponse<byte[]> page = get(port, "/board/" + publicId);
        assertThat(header(page, "ETag")).isEqualTo(BoardResponses.etag(page.body()));
        assertThat(header(page, "Cache-Control")).isEqualTo("max-age=60, public");
        assertThat(get(port, "/board/" + publicId, "If-None-Match", header(page, "ETag")).statusCode())
                .isEqualTo(304);
    }

    @Test
    void theBoardNamesNoPersonAndNoUnitByIdAndShowsNoPhoneOrOpenid() {
        // Someone who never gave a name: elsewhere "成员" + their user id.
        String nameless = fixtures.joined(pioneer, cobuildingId, "MEMBER",
                fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        String goalId = goal("PROBLEMS", "攻关高精度传感器");
        String taskId = task(goalId, "完成样机研制", TODAY, TODAY.plusDays(20), liaison, pioneer, nameless);
        progress(taskId, liaison, 40, "样机完成初测", photoBy(liaison));
        progress(taskId, pioneer, 50, "先锋补充进展", photoBy(pioneer));

        Set<String> userIds = new HashSet<>(List.of(fixtures.userId(pioneer), fixtures.userId(liaison),
                fixtures.userId(nameless)));
        Set<String> unitIds = new HashSet<>();
        api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("units")
                .forEach(u -> unitIds.add(u.path("id").asString()));
        List<String> secrets = new ArrayList<>(jdbc.queryForList("SELECT openid FROM app_user WHERE id IN (?, ?, ?)",
                String.class, userIds.toArray()));
        assertThat(secrets).hasSize(3);
        secrets.add("成员" + fixtures.userId(nameless));
        // The application form's phone numbers (pioneer, partner liaison).
        secrets.addAll(List.of("13900000000", "13800000000"));

        String body = text(board());
        assertThat(body).contains("李联络", "王先锋", "先锋补充进展");
        JsonNode owners = goalTitled(JSON.readTree(body), "攻关高精度传感器").path("tasks").get(0).path("owners");
        assertThat(owners).extracting(JsonNode::asString).containsExactlyInAnyOrder("李联络", "王先锋", "成员");
        for (String secret : secrets) {
            assertThat(body).doesNotContain(secret);
        }
        List<String> names = new ArrayList<>();
        walk(JSON.readTree(body), null, names, userIds, unitIds);
        assertThat(names).doesNotContain("userId", "unitId", "openid", "phone", "reporter", "author", "tickedBy",
                "avatarUrl", "submittedBy", "cobuildingId");

        String page = text(get(port, "/board/" + publicId));
        assertThat(page).contains("李联络", "先锋补充进展");
        for (String secret : secrets) {
            assertThat(page).doesNotContain(secret);
        }
    }

    /**
     * Collects field names, and checks that no text outside an {@code id} field (of a goal, a task, a photo) is a
     * person's or a unit's id (ids are strings in JSON; numbers are percentages and counts).
     */
    private static void walk(JsonNode node, String field, List<String> names, Set<String> userIds,
                             Set<String> unitIds) {
        if (node.isObject()) {
            node.propertyNames().forEach(name -> {
                names.add(name);
                walk(node.path(name), name, names, userIds, unitIds);
            });
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, field, names, userIds, unitIds));
        } else if (!"id".equals(field) && node.isString()) {
            assertThat(userIds).as(field).doesNotContain(node.asString());
            assertThat(unitIds).as(field).doesNotContain(node.asString());
        }
    }

    @Test
    void theBoardPageEscapesEverythingItShows() {
        String applicationId = fixtures.submitted(pioneer, Fixtures.jointForm(Fixtures.unique("先锋大学"), 0));
        Reply approved = api.post("/api/admin/applications/" + applicationId + "/approve",
                Map.of("name", "<script>alert('x')</script>先锋号&共建"), fixtures.superAdmin());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        cobuildingId = approved.json().path("cobuildingId").asString();
        publicId = api.get("/api/mp/cobuildings/" + cobuildingId, pioneer).json().path("publicId").asString();
        String goalId = goal("BASE", "建设<b>党建</b>阵地");
        String taskId = task(goalId, "布置活动室", TODAY, TODAY.plusDays(30), pioneer);
        progress(taskId, pioneer, 60, "<img src=x onerror=alert(1)>完成布置", photoBy(pioneer));

        HttpResponse<byte[]> page = get(port, "/board/" + publicId);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
        String html = text(page);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;先锋号&amp;共建")
                .contains("建设&lt;b&gt;党建&lt;/b&gt;阵地")
                .contains("&lt;img src=x onerror=alert(1)&gt;完成布置")
                .doesNotContain("<script", "<b>党建", "<img src=x")
                .contains("打造一个党建阵地", "布置活动室", "60%", "接受社会监督");
        // The photo as a thumbnail linking to its original.
        assertThat(html).containsPattern("<a href=\"/api/media/\\d+/[^\"]+\"><img src=\"/api/media/\\d+/[^\"]+\"");
    }
}
