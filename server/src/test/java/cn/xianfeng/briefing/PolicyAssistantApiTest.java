package cn.xianfeng.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import cn.xianfeng.support.Eventually;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The policy assistant over briefings published through the admin API: which briefing answers which question (the
 * test corpus's top-3 accuracy), saying plainly when none does, and only ever quoting what the asker may see.
 */
@ApiTest
class PolicyAssistantApiTest extends ApiTestBase {

    @Autowired
    PolicyAssistant assistant;
    @Autowired
    PolicyIndex index;
    @Autowired
    PolicyIndexRefresh refresh;
    @Autowired
    RedissonClient redisson;

    String bureau;
    String pioneer;
    String cobuildingId;

    @BeforeEach
    void setUp() {
        bureau = fixtures.admin("BUREAU_ADMIN");
        pioneer = fixtures.member();
        cobuildingId = fixtures.cobuilding(pioneer, 0);
    }

    private long userId(String token) {
        return Long.parseLong(fixtures.userId(token));
    }

    /** Waits until every instance-local index rebuild owed for the events so far has run. */
    private void awaitIndex() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Integer open = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE completion_date IS NULL "
                    + "AND listener_id LIKE ?", Integer.class, "%PolicyIndexRefresh%");
            if (open == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the policy index did not follow within 10 s");
    }

    private static List<Long> sourceIds(AssistantAnswer answer) {
        return answer.sources().stream().map(AssistantSource::briefingId).toList();
    }

    @Test
    void theRightBriefingIsAmongTheSourcesForAtLeastNineQuestionsInTen() throws InterruptedException {
        Map<String, Long> ids = new HashMap<>();
        for (PolicyCorpus.Briefing briefing : PolicyCorpus.briefings()) {
            ids.put(briefing.key(), Long.parseLong(PolicyCorpus.publish(api, bureau, briefing, List.of(cobuildingId))));
        }
        awaitIndex();
        long member = userId(pioneer);

        List<PolicyCorpus.Question> questions = PolicyCorpus.questions();
        int right = 0;
        for (PolicyCorpus.Question question : questions) {
            AssistantAnswer answer = assistant.answer(member, question.question());
            if (answer.matched() && sourceIds(answer).contains(ids.get(question.source()))) {
                right++;
            } else {
                System.out.println("Policy assistant missed: " + question.question() + " -> " + answer.sources());
            }
        }
        double accuracy = (double) right / questions.size();
        System.out.printf("Policy assistant top-3 accuracy over %d briefings: %d/%d = %.3f%n", ids.size(), right,
                questions.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.9);

        AssistantAnswer answer = assistant.answer(member, "高企的企业所得税税率是多少");
        assertThat(answer.sources().get(0).briefingId()).isEqualTo(ids.get("hte-reward"));
        assertThat(answer.sources().get(0).quote()).contains("15%");
        assertThat(answer.text()).contains(PolicyCorpus.briefing("hte-reward").title()).contains("15%");
        assertThat(answer.sources()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void aQuestionAboutNothingPublishedIsAnsweredPlainlyWithNoSources() throws InterruptedException {
        PolicyCorpus.publish(api, bureau, PolicyCorpus.briefing("voucher-apply"), List.of(cobuildingId));
        PolicyCorpus.publish(api, bureau, PolicyCorpus.briefing("hte-conditions"), List.of(cobuildingId));
        awaitIndex();

        AssistantAnswer answer = assistant.answer(userId(pioneer), "食堂菜单");

        assertThat(answer.matched()).isFalse();
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.text()).contains("没有找到").contains("局联络员");
        assertThat(assistant.answer(userId(pioneer), "创新券一年能领多少额度").matched()).isTrue();
    }

    @Test
    void aMemberOutsideABriefingsTargetNeverGetsItAsASource() throws InterruptedException {
        String otherPioneer = fixtures.member();
        String otherCobuilding = fixtures.cobuilding(otherPioneer, 0);
        long voucher = Long.parseLong(PolicyCorpus.publish(api, bureau, PolicyCorpus.briefing("voucher-apply"),
                List.of(otherCobuilding)));
        awaitIndex();
        String question = "创新券一年能领多少额度，能买设备吗";

        AssistantAnswer outside = assistant.answer(userId(pioneer), question);
        AssistantAnswer inside = assistant.answer(userId(otherPioneer), question);

        assertThat(sourceIds(outside)).doesNotContain(voucher);
        assertThat(outside.text()).doesNotContain(PolicyCorpus.briefing("voucher-apply").title());
        assertThat(sourceIds(inside)).contains(voucher);
        // A member who joins afterwards joins its audience, and the assistant answers them from it too.
        String joined = fixtures.joined(otherPioneer, otherCobuilding, "MEMBER",
                fixtures.unitOf(otherPioneer, otherCobuilding, "LEAD"));
        Eventually.eventually(() -> assertThat(sourceIds(assistant.answer(userId(joined), question)))
                .contains(voucher));
    }

    @Test
    void anUnpublishedBriefingLeavesTheIndex() throws InterruptedException {
        long id = Long.parseLong(PolicyCorpus.publish(api, bureau, PolicyCorpus.briefing("tech-contract"),
                List.of(cobuildingId)));
        awaitIndex();
        String question = "技术开发合同去哪里登记";
        assertThat(sourceIds(assistant.answer(userId(pioneer), question))).containsExactly(id);

        assertThat(api.post("/api/admin/briefings/" + id + "/unpublish", Map.of(), bureau).status()).isEqualTo(200);
        awaitIndex();

        assertThat(sourceIds(assistant.answer(userId(pioneer), question))).doesNotContain(id);
        // Gone from the index itself, not only filtered out by who may see it.
        assertThat(index.search(question, Set.of(id), 3)).isEmpty();
    }

    @Test
    void aCorrectionIsQuotedAsCorrected() throws InterruptedException {
        PolicyCorpus.Briefing talent = PolicyCorpus.briefing("other-talent");
        String id = PolicyCorpus.publish(api, bureau, talent, List.of(cobuildingId));
        awaitIndex();
        String question = "人才不住人才公寓有租房补贴吗";
        assertThat(assistant.answer(userId(pioneer), question).sources().get(0).quote()).contains("每月3000元");

        assertThat(api.post("/api/admin/briefings/" + id + "/corrections",
                Map.of("body", talent.body().replace("每月3000元", "每月5000元"), "changeNote", "租房补贴标准调整"),
                bureau).status()).isEqualTo(200);
        awaitIndex();

        assertThat(assistant.answer(userId(pioneer), question).sources().get(0).quote()).contains("每月5000元");
    }

    @Test
    void anotherInstancesChangeReachesThisIndexThroughTheVersionCounter() throws InterruptedException {
        long id = Long.parseLong(PolicyCorpus.publish(api, bureau, PolicyCorpus.briefing("other-talent"),
                List.of(cobuildingId)));
        awaitIndex();
        // As if this instance had missed the change: its index lacks the briefing until the periodic check.
        index.rebuild(List.of());
        assertThat(index.search("引进领军人才有安家费吗", Set.of(id), 3)).isEmpty();

        redisson.getAtomicLong(PolicyIndexRefresh.VERSION_KEY).incrementAndGet();
        refresh.check();

        assertThat(index.search("引进领军人才有安家费吗", Set.of(id), 3)).isNotEmpty();
    }
}
