package cn.xianfeng.briefing;

import static cn.xianfeng.briefing.BriefingFixtures.draft;
import static cn.xianfeng.support.Eventually.eventually;
import static cn.xianfeng.briefing.BriefingFixtures.toCobuildings;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiClient.Reply;
import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Fixtures;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Policy briefings from publishing to reading: who a targeting reaches (and that nobody else may know the briefing),
 * the cards and subscribe-message deliveries publishing makes, read receipts, intent to apply, the bureau's funnel
 * and reminders of the unread.
 */
@ApiTest
class BriefingApiTest extends ApiTestBase {

    BriefingFixtures briefings;
    String bureau;
    String pioneerA;
    String enterpriseMemberA;
    String cobuildingA;
    String pioneerB;
    String cobuildingB;

    @BeforeEach
    void setUp() {
        briefings = new BriefingFixtures(api, jdbc, port);
        bureau = fixtures.admin("BUREAU_ADMIN");
        pioneerA = fixtures.member();
        cobuildingA = fixtures.cobuilding(pioneerA, 1);
        enterpriseMemberA = fixtures.joined(pioneerA, cobuildingA, "MEMBER",
                fixtures.unitOf(pioneerA, cobuildingA, "PARTNER"));
        pioneerB = fixtures.member();
        cobuildingB = fixtures.cobuilding(pioneerB, 0);
    }

    @Test
    void aBriefingForChosenCobuildingsReachesTheirMembersOnly() {
        String id = briefings.published(draft("加计扣除新政", toCobuildings(cobuildingA)), bureau);

        assertThat(listedIds(pioneerA)).contains(id);
        assertThat(listedIds(enterpriseMemberA)).contains(id);
        assertThat(listedIds(pioneerB)).doesNotContain(id);
        Reply view = api.get("/api/mp/briefings/" + id, enterpriseMemberA);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().path("title").asString()).isEqualTo("加计扣除新政");
        assertThat(view.json().path("bodyHtml").asString()).contains("<strong>100%</strong>");
        assertThat(view.json().path("read").asBoolean()).isTrue();
        Reply hidden = api.get("/api/mp/briefings/" + id, pioneerB);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("BRIEFING_NOT_FOUND");
        assertThat(api.put("/api/mp/briefings/" + id + "/intent", null, pioneerB).status()).isEqualTo(404);
    }

    @Test
    void aBriefingForEnterprisesReachesOnlyPeopleInEnterpriseUnits() {
        String id = briefings.published(draft("企业专属政策",
                Map.of("scope", "UNIT_TYPES", "unitTypes", List.of("ENTERPRISE"))), bureau);

        assertThat(api.get("/api/mp/briefings/" + id, enterpriseMemberA).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/briefings/" + id, pioneerA).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/briefings/" + id, pioneerB).status()).isEqualTo(404);
        // The card goes to the group through which the enterprise member was reached, not to B's.
        eventually(() -> assertThat(briefings.cards(cobuildingA, "BRIEFING", "briefing", id)).isEqualTo(1));
        assertThat(briefings.cards(cobuildingB, "BRIEFING", "briefing", id)).isZero();
    }

    @Test
    void aBriefingForAllReachesEveryActiveMemberButNotOutsiders() {
        String outsider = fixtures.member();
        String id = briefings.published(draft("全体政策", Map.of("scope", "ALL")), bureau);

        assertThat(api.get("/api/mp/briefings/" + id, pioneerA).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/briefings/" + id, enterpriseMemberA).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/briefings/" + id, pioneerB).status()).isEqualTo(200);
        assertThat(api.get("/api/mp/briefings/" + id, outsider).status()).isEqualTo(404);
        assertThat(listedIds(outsider)).isEmpty();
    }

    @Test
    void someoneWhoJoinsLaterSeesWhatWasPublishedToThemWithoutBeingPushedAboutIt() {
        String word = Fixtures.unique("later").replace("-", "");
        String forA = briefings.published(draft(word + "A政策", toCobuildings(cobuildingA)), bureau);
        String forB = briefings.published(draft(word + "B政策", toCobuildings(cobuildingB)), bureau);
        String forAll = briefings.published(draft(word + "全体政策", Map.of("scope", "ALL")), bureau);
        String forEnterprises = briefings.published(draft(word + "企业政策",
                Map.of("scope", "UNIT_TYPES", "unitTypes", List.of("ENTERPRISE"))), bureau);
        String withdrawn = briefings.published(draft(word + "撤回政策", toCobuildings(cobuildingA)), bureau);
        assertThat(api.post("/api/admin/briefings/" + withdrawn + "/unpublish", null, bureau).status())
                .isEqualTo(200);
        int targetedBefore = api.get("/api/admin/briefings/" + forA + "/funnel", bureau).json().path("targeted")
                .asInt();

        // One comes for the enterprise partner, one for the lead university.
        String viaEnterprise = fixtures.joined(pioneerA, cobuildingA, "MEMBER",
                fixtures.unitOf(pioneerA, cobuildingA, "PARTNER"));
        String viaUniversity = fixtures.joined(pioneerA, cobuildingA, "MEMBER",
                fixtures.unitOf(pioneerA, cobuildingA, "LEAD"));

        eventually(() -> assertThat(ids(api.get("/api/mp/briefings?size=100&q=" + word, viaEnterprise)))
                .containsExactlyInAnyOrder(forA, forAll, forEnterprises));
        eventually(() -> assertThat(ids(api.get("/api/mp/briefings?size=100&q=" + word, viaUniversity)))
                .containsExactlyInAnyOrder(forA, forAll));
        assertThat(api.get("/api/mp/briefings/" + forA, viaUniversity).status()).isEqualTo(200);
        Reply notTheirs = api.get("/api/mp/briefings/" + forB, viaUniversity);
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.code()).isEqualTo("BRIEFING_NOT_FOUND");
        assertThat(api.get("/api/mp/briefings/" + withdrawn, viaEnterprise).status()).isEqualTo(404);
        assertThat(api.get("/api/mp/briefings/" + forEnterprises, viaUniversity).status()).isEqualTo(404);
        // The funnel counts them among the targeted, through A; nobody is pushed about what came before them.
        JsonNode funnel = api.get("/api/admin/briefings/" + forA + "/funnel", bureau).json();
        assertThat(funnel.path("targeted").asInt()).isEqualTo(targetedBefore + 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery WHERE user_id IN (?, ?)", Integer.class,
                Long.parseLong(fixtures.userId(viaEnterprise)), Long.parseLong(fixtures.userId(viaUniversity))))
                .isZero();
    }

    @Test
    void publishingPostsOneCardInEachTargetedGroupAndAsksForOnePushPerPerson() {
        String id = briefings.published(draft("创新券申领", toCobuildings(cobuildingA)), bureau);

        eventually(() -> assertThat(briefings.cards(cobuildingA, "BRIEFING", "briefing", id)).isEqualTo(1));
        String payload = briefings.cardPayload(cobuildingA, "BRIEFING", "briefing", id);
        assertThat(payload).contains("\"briefingId\":\"" + id + "\"").contains("创新券申领")
                .contains("\"category\":\"RD_DEDUCTION\"");
        assertThat(briefings.cards(cobuildingB, "BRIEFING", "briefing", id)).isZero();
        Set<Long> audience = Set.of(Long.parseLong(fixtures.userId(pioneerA)),
                Long.parseLong(fixtures.userId(enterpriseMemberA)));
        eventually(() -> assertThat(new HashSet<>(jdbc.queryForList("SELECT user_id FROM push_delivery"
                + " WHERE scene = 'BRIEFING_PUBLISHED' AND ref_id = ?", Long.class, "briefing:" + id)))
                .isEqualTo(audience));
        // Publishing again is refused: the deliveries and the card stay single.
        Reply again = api.post("/api/admin/briefings/" + id + "/publish", null, bureau);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("BRIEFING_NOT_DRAFT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM push_delivery WHERE ref_id = ?", Integer.class,
                "briefing:" + id)).isEqualTo(2);
    }

    @Test
    void theSubscribeMessageReachesThoseWithQuotaAndCountsAsDelivered() {
        Reply granted = api.post("/api/mp/push/subscriptions",
                Map.of("results", List.of(Map.of("templateId", "tpl-test-briefing", "result", "accept"))), pioneerA);
        assertThat(granted.status()).as(granted.body()).isEqualTo(204);

        String id = briefings.published(draft("配额内推送", toCobuildings(cobuildingA)), bureau);

        eventually(() -> assertThat(api.get("/api/admin/briefings/" + id + "/funnel", bureau).json()
                .path("delivered").asInt()).isEqualTo(1));
        eventually(() -> assertThat(jdbc.queryForList("SELECT status FROM push_delivery WHERE ref_id = ?"
                + " ORDER BY status", String.class, "briefing:" + id)).containsExactly("NO_QUOTA", "SENT"));
        assertThat(jdbc.queryForObject("SELECT user_id FROM push_delivery WHERE ref_id = ? AND status = 'SENT'",
                Long.class, "briefing:" + id)).isEqualTo(Long.parseLong(fixtures.userId(pioneerA)));
    }

    @Test
    void simultaneousPublishesAndOpeningsLeaveOneAudienceAndOneReceipt() throws Exception {
        String id = briefings.created(draft("并发发布", toCobuildings(cobuildingA)), bureau);
        List<Integer> statuses = race(8, () -> api.post("/api/admin/briefings/" + id + "/publish", null, bureau)
                .status());
        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM briefing_audience WHERE briefing_id = ?", Integer.class,
                Long.parseLong(id))).isEqualTo(2);

        assertThat(race(8, () -> api.get("/api/mp/briefings/" + id, pioneerA).status())).containsOnly(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM briefing_read WHERE briefing_id = ?", Integer.class,
                Long.parseLong(id))).isEqualTo(1);
        assertThat(api.get("/api/admin/briefings/" + id + "/versions", bureau).json().path("items")).hasSize(1);
    }

    /** Runs the call on {@code n} threads released at once; their answers. */
    private static List<Integer> race(int n, Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReadReceiptIsRecordedOnceAndIntentCanBeSetAndCleared() {
        String id = briefings.published(draft("高企认定", toCobuildings(cobuildingA)), bureau);
        assertThat(summaryOf(pioneerA, id).path("read").asBoolean()).isFalse();

        api.get("/api/mp/briefings/" + id, pioneerA);
        api.get("/api/mp/briefings/" + id, pioneerA);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM briefing_read WHERE briefing_id = ?", Integer.class,
                Long.parseLong(id))).isEqualTo(1);
        assertThat(summaryOf(pioneerA, id).path("read").asBoolean()).isTrue();
        Reply intended = api.put("/api/mp/briefings/" + id + "/intent", null, pioneerA);
        assertThat(intended.status()).isEqualTo(200);
        assertThat(intended.json().path("intended").asBoolean()).isTrue();
        assertThat(api.put("/api/mp/briefings/" + id + "/intent", null, pioneerA).status()).isEqualTo(200);
        assertThat(summaryOf(pioneerA, id).path("intended").asBoolean()).isTrue();
        assertThat(api.get("/api/mp/briefings/" + id, pioneerA).json().path("intended").asBoolean()).isTrue();
        Reply cleared = api.send("DELETE", "/api/mp/briefings/" + id + "/intent", null, null, pioneerA);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().path("intended").asBoolean()).isFalse();
        assertThat(summaryOf(pioneerA, id).path("intended").asBoolean()).isFalse();
    }

    @Test
    void theFunnelCountsTargetedReadAndIntendedExactlyPerCobuilding() {
        String memberB = fixtures.joined(pioneerB, cobuildingB, "MEMBER",
                fixtures.unitOf(pioneerB, cobuildingB, "LEAD"));
        String id = briefings.published(draft("成果登记", toCobuildings(cobuildingA, cobuildingB)), bureau);
        api.get("/api/mp/briefings/" + id, pioneerA);
        api.get("/api/mp/briefings/" + id, enterpriseMemberA);
        api.get("/api/mp/briefings/" + id, pioneerB);
        api.put("/api/mp/briefings/" + id + "/intent", null, enterpriseMemberA);

        Reply funnel = api.get("/api/admin/briefings/" + id + "/funnel", fixtures.admin("VIEWER"));

        assertThat(funnel.status()).as(funnel.body()).isEqualTo(200);
        JsonNode f = funnel.json();
        assertThat(f.path("targeted").asInt()).isEqualTo(4);
        assertThat(f.path("read").asInt()).isEqualTo(3);
        assertThat(f.path("readRate").asDouble()).isEqualTo(0.75);
        assertThat(f.path("intended").asInt()).isEqualTo(1);
        assertThat(f.path("delivered").asInt()).isBetween(0, 4);
        Map<String, JsonNode> byCobuilding = new HashMap<>();
        f.path("byCobuilding").forEach(c -> byCobuilding.put(c.path("cobuildingId").asString(), c));
        assertThat(byCobuilding.get(cobuildingA).path("targeted").asInt()).isEqualTo(2);
        assertThat(byCobuilding.get(cobuildingA).path("read").asInt()).isEqualTo(2);
        assertThat(byCobuilding.get(cobuildingA).path("readRate").asDouble()).isEqualTo(1.0);
        assertThat(byCobuilding.get(cobuildingA).path("intended").asInt()).isEqualTo(1);
        assertThat(byCobuilding.get(cobuildingB).path("targeted").asInt()).isEqualTo(2);
        assertThat(byCobuilding.get(cobuildingB).path("read").asInt()).isEqualTo(1);
        assertThat(byCobuilding.get(cobuildingB).path("readRate").asDouble()).isEqualTo(0.5);
        assertThat(byCobuilding.get(cobuildingB).path("cobuildingName").asString()).isNotBlank();

        Reply unread = api.get("/api/admin/briefings/" + id + "/unread?page=1&size=10", bureau);
        assertThat(unread.status()).isEqualTo(200);
        assertThat(unread.json().path("total").asInt()).isEqualTo(1);
        JsonNode person = unread.json().path("items").get(0);
        assertThat(person.path("userId").asString()).isEqualTo(fixtures.userId(memberB));
        assertThat(person.path("cobuildingId").asString()).isEqualTo(cobuildingB);
        assertThat(person.path("displayName").asString()).isNotBlank();
    }

    @Test
    void remindingTheUnreadAsksForANumberedPushToThemAndRefusesWhenAllHaveRead() {
        String id = briefings.published(draft("技术合同登记", toCobuildings(cobuildingA)), bureau);
        api.get("/api/mp/briefings/" + id, pioneerA);

        Reply first = api.post("/api/admin/briefings/" + id + "/remind-unread", null, bureau);

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("reminder").asInt()).isEqualTo(1);
        assertThat(first.json().path("reminded").asInt()).isEqualTo(1);
        long enterpriseId = Long.parseLong(fixtures.userId(enterpriseMemberA));
        eventually(() -> assertThat(jdbc.queryForList("SELECT user_id FROM push_delivery WHERE ref_id = ?",
                Long.class, "briefing:" + id + ":remind:1")).containsExactly(enterpriseId));
        Reply second = api.post("/api/admin/briefings/" + id + "/remind-unread", null, bureau);
        assertThat(second.json().path("reminder").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'briefing.remind'"
                + " AND target_id = ?", Integer.class, id)).isEqualTo(2);

        api.get("/api/mp/briefings/" + id, enterpriseMemberA);
        Reply none = api.post("/api/admin/briefings/" + id + "/remind-unread", null, bureau);
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.code()).isEqualTo("NOTHING_TO_REMIND");
        assertThat(api.post("/api/admin/briefings/" + id + "/remind-unread", null, fixtures.admin("VIEWER"))
                .status()).isEqualTo(403);
    }

    @Test
    void theListPutsNearDeadlinesFirstThenTheNewestAndFiltersByCategoryAndKeyword() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> soon = draft("近期截止" + Fixtures.unique(""), toCobuildings(cobuildingB));
        soon.put("applyDeadline", today.plusDays(5).toString());
        soon.put("category", "INNOVATION_VOUCHER");
        String soonId = briefings.published(soon, bureau);
        Map<String, Object> past = draft("已过截止", toCobuildings(cobuildingB));
        past.put("applyDeadline", today.minusDays(1).toString());
        String pastId = briefings.published(past, bureau);
        Map<String, Object> later = draft("百分之100%的奖补", toCobuildings(cobuildingB));
        later.put("applyDeadline", today.plusDays(60).toString());
        String laterId = briefings.published(later, bureau);

        assertThat(listedIds(pioneerB)).containsExactly(soonId, laterId, pastId);
        Reply secondPage = api.get("/api/mp/briefings?page=2&size=1", pioneerB);
        assertThat(ids(secondPage)).containsExactly(laterId);
        assertThat(secondPage.json().path("total").asInt()).isEqualTo(3);
        assertThat(ids(api.get("/api/mp/briefings?category=INNOVATION_VOUCHER", pioneerB))).containsExactly(soonId);
        assertThat(ids(api.get("/api/mp/briefings?q=%25", pioneerB))).containsExactly(laterId);
        assertThat(ids(api.get("/api/mp/briefings?q=" + URLEncoder.encode("截止",
                StandardCharsets.UTF_8), pioneerB))).containsExactlyInAnyOrder(soonId, pastId);
    }

    private List<String> listedIds(String token) {
        return ids(api.get("/api/mp/briefings?size=100", token));
    }

    private static List<String> ids(Reply list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private JsonNode summaryOf(String token, String id) {
        for (JsonNode item : api.get("/api/mp/briefings?size=100", token).json().path("items")) {
            if (id.equals(item.path("id").asString())) {
                return item;
            }
        }
        throw new AssertionError("briefing " + id + " not listed");
    }
}
