package cn.xianfeng.evaluation;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.shared.web.ApiTime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds a round's sheet: seven queries whatever the number of co-buildings and evaluators (round, criteria,
 * snapshots, scores, cards, verdicts, names).
 */
@Component
class RoundSheets {

    private static final TypeReference<LinkedHashMap<String, Object>> METRICS = new TypeReference<>() {
    };

    private final RoundReads reads;
    private final CriterionMapper criteria;
    private final SnapshotMapper snapshots;
    private final ScoreMapper scores;
    private final ScorecardMapper cards;
    private final VerdictMapper verdicts;
    private final AdminAccess admins;
    private final JsonMapper json;

    RoundSheets(RoundReads reads, CriterionMapper criteria, SnapshotMapper snapshots, ScoreMapper scores,
                ScorecardMapper cards, VerdictMapper verdicts, AdminAccess admins, JsonMapper json) {
        this.reads = reads;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.scores = scores;
        this.cards = cards;
        this.verdicts = verdicts;
        this.admins = admins;
        this.json = json;
    }

    RoundSheet sheet(long roundId) {
        EvaluationRound round = reads.require(roundId);
        List<EvaluationCriterion> criteriaRows = criteria.listByRound(roundId);
        Map<Long, String> codes = new HashMap<>();
        criteriaRows.forEach(c -> codes.put(c.getId(), c.getCode()));

        // cobuilding → evaluator → criterion → score, evaluators in id order.
        Map<Long, Map<Long, Map<Long, BigDecimal>>> scored = new HashMap<>();
        scores.listByRound(roundId).forEach(s -> scored.computeIfAbsent(s.getCobuildingId(), k -> new TreeMap<>())
                .computeIfAbsent(s.getEvaluatorId(), k -> new HashMap<>()).put(s.getCriterionId(), s.getScore()));
        Map<List<Long>, EvaluationScorecard> cardByKey = new HashMap<>();
        cards.listByRound(roundId).forEach(c -> cardByKey.put(List.of(c.getCobuildingId(), c.getEvaluatorId()), c));
        Map<Long, EvaluationVerdict> verdictByCobuilding = new HashMap<>();
        verdicts.listByRound(roundId).forEach(v -> verdictByCobuilding.put(v.getCobuildingId(), v));
        List<EvaluationSnapshot> frozen = snapshots.listByRound(roundId);

        Set<Long> adminIds = new HashSet<>();
        cardByKey.keySet().forEach(key -> adminIds.add(key.get(1)));
        verdictByCobuilding.values().forEach(v -> adminIds.add(v.getSetBy()));
        frozen.stream().filter(s -> s.getBureauLiaisonId() != null).forEach(s -> adminIds.add(s.getBureauLiaisonId()));
        Map<Long, String> names = admins.displayNames(adminIds);

        List<RoundSheet.Row> rows = new ArrayList<>();
        for (EvaluationSnapshot s : frozen) {
            List<ScorecardView> byEvaluator = new ArrayList<>();
            scored.getOrDefault(s.getCobuildingId(), Map.of()).forEach((evaluator, given) -> {
                EvaluationScorecard card = cardByKey.get(List.of(s.getCobuildingId(), evaluator));
                byEvaluator.add(card(s.getCobuildingId(), evaluator, names.get(evaluator), criteriaRows, codes,
                        given, card));
            });
            EvaluationVerdict v = verdictByCobuilding.get(s.getCobuildingId());
            rows.add(new RoundSheet.Row(String.valueOf(s.getCobuildingId()), s.getName(), s.getStatus(),
                    s.getLeadUnitType(), s.getBureauLiaisonId() == null ? null : String.valueOf(s.getBureauLiaisonId()),
                    s.getBureauLiaisonId() == null ? null : names.get(s.getBureauLiaisonId()),
                    json.readValue(s.getMetrics(), METRICS), byEvaluator,
                    Scoring.mean(byEvaluator.stream().map(ScorecardView::total).toList()),
                    v == null ? null : verdictView(v, names.get(v.getSetBy()))));
        }
        return new RoundSheet(String.valueOf(round.getId()), round.getTitle(), round.getStatus(),
                RoundReads.criterionViews(criteriaRows), rows);
    }

    /** One evaluator's card: scores by criterion code in the round's order, the weighted total once complete. */
    static ScorecardView card(long cobuildingId, long evaluatorId, String evaluatorName,
                              List<EvaluationCriterion> criteriaRows, Map<Long, String> codes,
                              Map<Long, BigDecimal> given, EvaluationScorecard card) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        criteriaRows.stream().filter(c -> given.containsKey(c.getId()))
                .forEach(c -> byCode.put(codes.get(c.getId()), given.get(c.getId())));
        BigDecimal total = Scoring.total(criteriaRows, given);
        return new ScorecardView(String.valueOf(cobuildingId), String.valueOf(evaluatorId), evaluatorName, byCode,
                total, total != null, card == null ? null : card.getComment(),
                card == null ? null : ApiTime.of(card.getUpdatedAt()));
    }

    static VerdictView verdictView(EvaluationVerdict v, String setByName) {
        return new VerdictView(String.valueOf(v.getCobuildingId()), v.getVerdict(), v.getDeadline(), v.getNote(),
                String.valueOf(v.getSetBy()), setByName, ApiTime.of(v.getSetAt()));
    }
}
