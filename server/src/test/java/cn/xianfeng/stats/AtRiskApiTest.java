package cn.xianfeng.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.MovableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/** The at-risk list: each reason raised by what happened (and by time passing), for the co-building's liaison. */
@ApiTest
@Import(MovableClock.Config.class)
class AtRiskApiTest extends ApiTestBase {

    @Autowired
    MovableClock clock;

    StatsSteps steps;
    String bureau;
    String liaison;
    String pioneer;
    String unitLiaison;
    String member;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        steps = new StatsSteps(api, fixtures, jdbc);
        bureau = fixtures.admin("BUREAU_ADMIN");
        liaison = fixtures.admin("LIAISON");
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 1);
        unitLiaison = fixtures.joined(pioneer, cobuildingId, "UNIT_LIAISON",
                fixtures.unitOf(pioneer, cobuildingId, "PARTNER"));
        member = fixtures.joined(pioneer, cobuildingId, "MEMBER", fixtures.unitOf(pioneer, cobuildingId, "LEAD"));
        steps.assignLiaison(cobuildingId, liaison, bureau);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachReasonIsRaisedByWhatHappenedAndByTimePassing() {
        // A new co-building has done nothing yet; its leads only just joined, so their silence is not a warning.
        assertThat(reasons(liaison)).containsOnlyKeys("NO_ACTIVITY_30D");
        assertThat(reasons(liaison).get("NO_ACTIVITY_30D")).containsExactly("尚未开展过活动");

        // One of three comes; a task of the technical goal runs from today for twenty days; the pioneer speaks.
        String activity = steps.activity(pioneer, cobuildingId, List.of());
        steps.checkin(activity, member);
        steps.task(pioneer, steps.goal(pioneer, cobuildingId, "PROBLEMS"), today(), today().plusDays(20),
                fixtures.userId(member));
        steps.say(pioneer, cobuildingId, "大家记得参加下周的活动");
        Map<String, List<String>> now = StatsSteps.eventually(() -> {
            Map<String, List<String>> found = reasons(liaison);
            return found.containsKey("LOW_ATTENDANCE") ? found : null;
        });
        assertThat(now).containsOnlyKeys("LOW_ATTENDANCE");
        assertThat(now.get("LOW_ATTENDANCE").get(0)).contains("33%").contains("应到 3 人次").contains("实到 1 人次");

        // Forty days on: nothing since, the task is overdue and behind plan, and the leads have been silent.
        LocalDate activityDay = today();
        clock.move(Duration.ofDays(40));
        Map<String, List<String>> later = reasons(liaison);
        assertThat(later).containsOnlyKeys("NO_ACTIVITY_30D", "LOW_ATTENDANCE", "OVERDUE_TASKS", "GOALS_BEHIND",
                "LIAISON_SILENT_30D");
        assertThat(later.get("NO_ACTIVITY_30D")).containsExactly("近 30 天未开展活动（最近一次 " + activityDay + "）");
        assertThat(later.get("OVERDUE_TASKS")).containsExactly("1 项任务已逾期");
        assertThat(later.get("GOALS_BEHIND")).containsExactly("技术攻关完成 0%，按计划应达 100%");
        assertThat(later.get("LIAISON_SILENT_30D")).hasSize(2).anySatisfy(d -> assertThat(d)
                .startsWith("共建联络员 ").endsWith(" 30 天未在群内发言")).anySatisfy(d -> assertThat(d)
                .startsWith("科技党建先锋 ").endsWith(" 30 天未在群内发言"))
                .allSatisfy(d -> assertThat(d).doesNotContainPattern("1\\d{10}"));

        // A lead who spoke within the month is not silent.
        clock.reset();
        steps.say(unitLiaison, cobuildingId, "收到");
        clock.move(Duration.ofDays(20));
        StatsSteps.eventually(() -> reasons(liaison).getOrDefault("LIAISON_SILENT_30D", List.of()).isEmpty()
                ? true : null);
        clock.move(Duration.ofDays(20));
        assertThat(reasons(liaison).get("LIAISON_SILENT_30D")).hasSize(2);
    }

    @Test
    void theBureauNarrowsByLiaisonAndALiaisonOnlyEverGetsTheirOwn() {
        JsonNode item = item(api.get("/api/admin/stats/at-risk?liaisonId=" + fixtures.adminId(liaison), bureau));
        assertThat(item).isNotNull();
        assertThat(item.path("bureauLiaisonId").asString()).isEqualTo(fixtures.adminId(liaison));
        assertThat(item.path("bureauLiaisonName").asString()).isNotBlank();
        assertThat(item.path("status").asString()).isEqualTo("ACTIVE");

        String otherLiaison = fixtures.admin("LIAISON");
        assertThat(item(api.get("/api/admin/stats/at-risk?liaisonId=" + fixtures.adminId(otherLiaison), bureau)))
                .isNull();
        assertThat(item(api.get("/api/admin/stats/at-risk", otherLiaison))).isNull();
        assertThat(item(api.get("/api/admin/stats/at-risk?liaisonId=" + fixtures.adminId(liaison), otherLiaison)))
                .isNull();
        assertThat(item(api.get("/api/admin/stats/at-risk", fixtures.admin("EVALUATOR")))).isNotNull();
        assertThat(api.get("/api/admin/stats/at-risk?liaisonId=abc", bureau).status()).isEqualTo(422);

        // A withdrawn co-building is not at risk any more.
        Reply withdrawn = api.post("/api/admin/cobuildings/" + cobuildingId + "/withdraw",
                Map.of("reason", "合作到期"), bureau);
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(item(api.get("/api/admin/stats/at-risk", liaison))).isNull();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    /** The test co-building's reasons for the admin: code → details. */
    private Map<String, List<String>> reasons(String adminToken) {
        JsonNode item = item(api.get("/api/admin/stats/at-risk", adminToken));
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        if (item != null) {
            item.path("reasons").forEach(r -> reasons.computeIfAbsent(r.path("code").asString(),
                    k -> new ArrayList<>()).add(r.path("detail").asString()));
        }
        return reasons;
    }

    private JsonNode item(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode item : reply.json().path("items")) {
            if (cobuildingId.equals(item.path("cobuildingId").asString())) {
                return item;
            }
        }
        return null;
    }
}
