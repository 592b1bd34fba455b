package cn.xianfeng.briefing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The policy assistant (政策助手): answers a member's question in Chinese from the published briefings they may see,
 * quoting the passages that answer it, or says plainly that none does. Retrieval only: the answer is always the
 * bureau's own published words, never composed.
 */
@Service
public class PolicyAssistant {

    static final int SOURCES = 3;
    static final String NO_MATCH = "没有找到与你的问题相关的政策解读。可以把问题转给所在先锋号的局联络员，由局里为你解答。";

    private final PolicyIndex index;
    private final PolicyIndexRefresh refresh;
    private final BriefingDirectory briefings;

    PolicyAssistant(PolicyIndex index, PolicyIndexRefresh refresh, BriefingDirectory briefings) {
        this.index = index;
        this.refresh = refresh;
        this.briefings = briefings;
    }

    /**
     * The answer to {@code question} for this member: at most three sources, best first, only briefings published
     * to them now (the index may briefly lag a withdrawal on another instance; what the member may see is asked
     * of the database on every question).
     */
    public AssistantAnswer answer(long userId, String question) {
        refresh.ensureBuilt();
        Set<Long> visible = briefings.publishedFor(userId).stream().map(BriefingInfo::id).collect(Collectors.toSet());
        List<PolicyIndex.Hit> hits = index.search(question, visible, SOURCES);
        if (hits.isEmpty() || !hits.get(0).answers()) {
            return new AssistantAnswer(false, NO_MATCH, List.of());
        }
        // The best hit answers; the others are offered only if they answer too, not as filler.
        List<AssistantSource> sources = hits.stream().filter(PolicyIndex.Hit::answers)
                .map(h -> new AssistantSource(h.briefing().id(), h.briefing().title(), h.quote())).toList();
        AssistantSource best = sources.get(0);
        String text = "《" + best.title() + "》中写道：" + best.quote()
                + (sources.size() > 1 ? "\n另有 " + (sources.size() - 1) + " 篇相关解读，见下方来源。" : "")
                + "\n以上摘自已发布的政策解读，具体以原文为准；仍有疑问可转给局联络员。";
        return new AssistantAnswer(true, text, sources);
    }
}
