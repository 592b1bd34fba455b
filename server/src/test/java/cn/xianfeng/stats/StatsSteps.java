package cn.xianfeng.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.activity.TestPhotos;
import cn.xianfeng.support.ApiClient;
import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** What the statistics count, made through the real endpoints: activities, check-ins, progress, messages, briefings. */
final class StatsSteps {

    /** 人民广场, Shanghai. */
    static final double LAT = 31.2304;
    static final double LNG = 121.4737;

    private final ApiClient api;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;

    StatsSteps(ApiClient api, Fixtures fixtures, JdbcTemplate jdbc) {
        this.api = api;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** An activity of the co-building that started ten minutes ago and lasts two hours; its id. */
    String activity(String organizer, String cobuildingId, List<String> expectedUserIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", Fixtures.unique("client-"));
        body.put("type", "LECTURE");
        body.put("title", "科技成果转化讲座");
        body.put("startAt", at(-10));
        body.put("endAt", at(110));
        body.put("place", Map.of("name", "人民广场", "latitude", LAT, "longitude", LNG));
        if (!expectedUserIds.isEmpty()) {
            body.put("expectedUserIds", expectedUserIds);
        }
        Reply created = api.post("/api/mp/cobuildings/" + cobuildingId + "/activities", body, organizer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    void checkin(String activityId, String token) {
        Reply reply = api.post("/api/mp/activities/" + activityId + "/checkins", Map.of("clientId",
                Fixtures.unique("client-"), "method", "LOCATION", "location", Map.of("latitude", LAT, "longitude",
                LNG, "accuracy", 20)), token);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    void cancel(String activityId, String organizer) {
        Reply reply = api.post("/api/mp/activities/" + activityId + "/cancel", Map.of("reason", "天气原因"), organizer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    /** The activity's 应到/实到 as the activity feature shows them. */
    JsonNode attendanceCounts(String activityId, String organizer) {
        Reply reply = api.get("/api/mp/activities/" + activityId + "/attendance?status=ALL", organizer);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("counts");
    }

    /** The id of the co-building's first goal of the category, once the application's drafts became goals. */
    String goal(String token, String cobuildingId, String category) {
        JsonNode goals = eventually(() -> {
            JsonNode found = api.get("/api/mp/cobuildings/" + cobuildingId + "/goals", token).json().path("goals");
            return found.size() == 5 ? found : null;
        });
        for (JsonNode g : goals) {
            if (category.equals(g.path("category").asString())) {
                return g.path("id").asString();
            }
        }
        throw new AssertionError("no " + category + " goal");
    }

    /** A task of the goal from {@code start} to {@code due}, weight 1; its id. */
    String task(String token, String goalId, LocalDate start, LocalDate due, String... ownerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "任务" + Fixtures.unique(""));
        body.put("plannedStart", start.toString());
        body.put("dueDate", due.toString());
        body.put("weight", 1);
        body.put("ownerIds", List.of(ownerIds));
        body.put("clientId", Fixtures.unique("task-"));
        Reply created = api.post("/api/mp/goals/" + goalId + "/tasks", body, token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** A progress report with this many photos (the reporter's own uploads). */
    void progress(String token, String taskId, int percent, int photos) {
        long userId = Long.parseLong(fixtures.userId(token));
        List<String> photoIds = java.util.stream.IntStream.range(0, photos)
                .mapToObj(i -> String.valueOf(TestPhotos.uploaded(jdbc, userId, "PROGRESS", null))).toList();
        Map<String, Object> body = new HashMap<>();
        body.put("percent", percent);
        body.put("note", "完成了" + percent + "%");
        body.put("clientId", Fixtures.unique("progress-"));
        body.put("photoMediaIds", photoIds);
        Reply reply = api.post("/api/mp/tasks/" + taskId + "/progress", body, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    long groupOf(String cobuildingId) {
        return jdbc.queryForObject("SELECT id FROM conversation WHERE cobuilding_id = ? AND type = 'GROUP'",
                Long.class, Long.parseLong(cobuildingId));
    }

    void say(String token, String cobuildingId, String text) {
        Reply reply = api.post("/api/mp/conversations/" + groupOf(cobuildingId) + "/messages",
                Map.of("clientMsgId", Fixtures.unique("msg-"), "type", "TEXT", "text", text), token);
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    /** A briefing published by the admin to these co-buildings; its id. */
    String briefing(String adminToken, String... cobuildingIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "研发费用加计扣除");
        body.put("category", "RD_DEDUCTION");
        body.put("summary", "研发费用按实际发生额在税前加计扣除");
        body.put("body", "## 政策要点\n\n企业开展研发活动中实际发生的研发费用，按实际发生额在税前加计扣除。");
        body.put("targeting", Map.of("scope", "COBUILDINGS", "cobuildingIds", List.of(cobuildingIds)));
        Reply created = api.post("/api/admin/briefings", body, adminToken);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Reply published = api.post("/api/admin/briefings/" + id + "/publish", null, adminToken);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    void read(String briefingId, String token) {
        Reply reply = api.get("/api/mp/briefings/" + briefingId, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    void assignLiaison(String cobuildingId, String liaisonToken, String bureauToken) {
        Reply assigned = api.put("/api/admin/cobuildings/" + cobuildingId + "/bureau-liaison",
                Map.of("adminId", fixtures.adminId(liaisonToken)), bureauToken);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
    }

    /** The table's row of the co-building as this admin sees it this period (default), or null. */
    JsonNode row(String adminToken, String cobuildingId) {
        Reply reply = api.get("/api/admin/stats/cobuildings?size=100", adminToken);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode item : reply.json().path("items")) {
            if (cobuildingId.equals(item.path("cobuildingId").asString())) {
                return item;
            }
        }
        return null;
    }

    static String at(int minutesFromNow) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(minutesFromNow).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    /**
     * Waits until people who joined the co-building have been added to the audiences of the briefings already
     * published to them (other test classes' briefings for all co-buildings among them: what they add is counted, not
     * assumed away).
     */
    void awaitLaterAudiences(String cobuildingId) {
        String joins = "FROM EVENT_PUBLICATION WHERE listener_id LIKE '%LaterAudience%' AND serialized_event LIKE ?";
        String ofThisCobuilding = "%\"cobuildingId\":" + cobuildingId + ",%";
        assertThat(jdbc.queryForObject("SELECT COUNT(*) " + joins, Integer.class, ofThisCobuilding))
                .as("the joins' reactions, found by their co-building").isPositive();
        eventually(() -> jdbc.queryForObject("SELECT COUNT(*) " + joins + " AND completion_date IS NULL",
                Integer.class, ofThisCobuilding) == 0 ? true : null);
    }

    /** Polls until the supplier gives a value (counters move after the commit, on another thread). */
    static <T> T eventually(Supplier<T> supplier) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            T value = supplier.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within 15 s");
    }
}
