package cn.xianfeng.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The retrieval alone, over the test corpus: which briefing answers which question, with every briefing visible.
 * The same measure through the real API and each member's visibility is in {@link PolicyAssistantApiTest}.
 */
class PolicyIndexTest {

    static final PolicyIndex index = new PolicyIndex();
    static final Map<String, Long> ids = new HashMap<>();
    static final Map<Long, String> keys = new HashMap<>();

    @BeforeAll
    static void build() {
        List<BriefingInfo> infos = new ArrayList<>();
        long id = 100;
        for (PolicyCorpus.Briefing b : PolicyCorpus.briefings()) {
            id++;
            ids.put(b.key(), id);
            keys.put(id, b.key());
            infos.add(new BriefingInfo(id, 1, BriefingCategory.valueOf(b.category()), b.title(), b.summary(), b.body(),
                    b.applyDeadline() == null ? null : LocalDate.parse(b.applyDeadline()), Instant.now()));
        }
        index.rebuild(infos);
    }

    private static List<PolicyIndex.Hit> search(String question) {
        return index.search(question, Set.copyOf(ids.values()), 3);
    }

    @Test
    void theRightBriefingIsAmongTheFirstThreeForNineQuestionsInTen() {
        List<PolicyCorpus.Question> questions = PolicyCorpus.questions();
        int right = 0;
        for (PolicyCorpus.Question q : questions) {
            List<PolicyIndex.Hit> hits = search(q.question());
            List<String> found = hits.stream().filter(PolicyIndex.Hit::answers).map(h -> keys.get(h.briefing().id()))
                    .toList();
            if (found.contains(q.source())) {
                right++;
            } else {
                System.out.println("MISS " + q.question() + " want " + q.source() + " got " + hits.stream()
                        .map(h -> keys.get(h.briefing().id()) + String.format("(%.1f %.2f %d)", h.score(), h.coverage(),
                                h.matchedWords())).collect(Collectors.joining(", "))
                        + " words " + index.questionWords(q.question()));
            }
        }
        double accuracy = (double) right / questions.size();
        System.out.printf("Policy index top-3 accuracy: %d/%d = %.3f%n", right, questions.size(), accuracy);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void questionsAboutNothingTheBureauPublishedFindNoAnswer() {
        for (String question : List.of("食堂菜单", "明天食堂的菜单是什么", "周末去哪里爬山", "停车场怎么收费",
                "公司年会节目怎么安排", "党费怎么交")) {
            List<PolicyIndex.Hit> hits = search(question);
            assertThat(hits.isEmpty() || !hits.get(0).answers()).as(question + " " + hits).isTrue();
        }
    }

    @Test
    void theQuoteIsTheSentenceThatAnswers() {
        PolicyIndex.Hit hit = search("高企的企业所得税税率是多少").get(0);
        assertThat(keys.get(hit.briefing().id())).isEqualTo("hte-reward");
        assertThat(hit.quote()).contains("15%");
        PolicyIndex.Hit voucher = search("创新券一年能领多少额度").get(0);
        assertThat(keys.get(voucher.briefing().id())).isEqualTo("voucher-apply");
        assertThat(voucher.quote()).startsWith("二、申领额度。").contains("20万元");
    }

    @Test
    void theQuoteDoesNotDependOnHowManyOtherBriefingsAreIndexed() {
        PolicyIndex crowded = new PolicyIndex();
        List<BriefingInfo> infos = new ArrayList<>();
        long id = 1000;
        for (int copy = 0; copy < 5; copy++) {
            for (PolicyCorpus.Briefing b : PolicyCorpus.briefings()) {
                infos.add(new BriefingInfo(++id, 1, BriefingCategory.valueOf(b.category()), b.title(), b.summary(),
                        b.body(), null, Instant.now()));
            }
        }
        crowded.rebuild(infos);
        Set<Long> all = infos.stream().map(BriefingInfo::id).collect(Collectors.toSet());
        assertThat(crowded.search("创新券一年能领多少额度", all, 3).get(0).quote()).contains("20万元");

        PolicyIndex alone = new PolicyIndex();
        PolicyCorpus.Briefing voucher = PolicyCorpus.briefing("voucher-apply");
        alone.rebuild(List.of(new BriefingInfo(1, 1, BriefingCategory.INNOVATION_VOUCHER, voucher.title(),
                voucher.summary(), voucher.body(), null, Instant.now())));
        assertThat(alone.search("创新券一年能领多少额度", Set.of(1L), 3).get(0).quote()).contains("20万元");
    }

    @Test
    void onlyVisibleBriefingsAreSearched() {
        long voucher = ids.get("voucher-apply");
        List<PolicyIndex.Hit> hits = index.search("创新券一年能领多少额度",
                Set.copyOf(ids.values().stream().filter(i -> i != voucher).toList()), 3);
        assertThat(hits).extracting(h -> h.briefing().id()).doesNotContain(voucher);
    }
}
