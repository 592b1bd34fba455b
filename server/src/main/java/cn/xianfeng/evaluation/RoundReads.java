package cn.xianfeng.evaluation;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.shared.web.ApiTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Loads rounds and makes their views: the round with its criteria, progress and history, in a fixed number of queries. */
@Component
class RoundReads {

    private final RoundMapper rounds;
    private final CriterionMapper criteria;
    private final SnapshotMapper snapshots;
    private final ScoreMapper scores;
    private final VerdictMapper verdicts;
    private final RoundHistoryMapper history;
    private final AdminAccess admins;

    RoundReads(RoundMapper rounds, CriterionMapper criteria, SnapshotMapper snapshots, ScoreMapper scores,
               VerdictMapper verdicts, RoundHistoryMapper history, AdminAccess admins) {
        this.rounds = rounds;
        this.criteria = criteria;
        this.snapshots = snapshots;
        this.scores = scores;
        this.verdicts = verdicts;
        this.history = history;
        this.admins = admins;
    }

    EvaluationRound require(long id) {
        EvaluationRound round = rounds.selectById(id);
        if (round == null) {
            throw new EvaluationExceptions.RoundNotFound();
        }
        return round;
    }

    static List<CriterionView> criterionViews(List<EvaluationCriterion> rows) {
        return rows.stream().map(c -> new CriterionView(c.getCode(), c.getName(), c.getWeight(), c.getMaxScore()))
                .toList();
    }

    static RoundSummary summary(EvaluationRound r, long verdictsSet) {
        return new RoundSummary(String.valueOf(r.getId()), r.getYear(), r.getTerm(), r.getTitle(), r.getStatus(),
                r.getPeriodFrom(), r.getPeriodTo(), r.getParticipants(), verdictsSet, ApiTime.of(r.getCreatedAt()),
                ApiTime.of(r.getOpenedAt()), ApiTime.of(r.getClosedAt()));
    }

    RoundView view(long id) {
        EvaluationRound r = require(id);
        List<EvaluationCriterion> criteriaRows = criteria.listByRound(id);
        List<EvaluationSnapshot> participants = snapshots.listKeysByRound(id);
        Set<Long> decided = new HashSet<>();
        verdicts.listByRound(id).forEach(v -> decided.add(v.getCobuildingId()));
        List<RoundHistory> changes = history.listByRound(id);

        // Complete cards only: a card is complete when it has a score for each criterion (they are locked by then).
        Map<Long, Integer> completeByEvaluator = new TreeMap<>();
        Map<Long, Integer> scorersByCobuilding = new HashMap<>();
        for (Map<String, Object> card : scores.countByCard(id)) {
            long evaluator = ((Number) card.get("evaluatorId")).longValue();
            long cobuilding = ((Number) card.get("cobuildingId")).longValue();
            boolean complete = ((Number) card.get("scored")).intValue() >= criteriaRows.size();
            completeByEvaluator.merge(evaluator, complete ? 1 : 0, Integer::sum);
            if (complete) {
                scorersByCobuilding.merge(cobuilding, 1, Integer::sum);
            }
        }
        Set<Long> adminIds = new HashSet<>(completeByEvaluator.keySet());
        changes.forEach(h -> adminIds.add(h.getAdminId()));
        Map<Long, String> names = admins.displayNames(adminIds);

        List<RoundProgress.EvaluatorProgress> evaluators = new ArrayList<>();
        completeByEvaluator.forEach((evaluator, complete) -> evaluators.add(new RoundProgress.EvaluatorProgress(
                String.valueOf(evaluator), names.get(evaluator), complete, participants.size())));
        List<RoundProgress.CobuildingProgress> cobuildings = participants.stream()
                .map(s -> new RoundProgress.CobuildingProgress(String.valueOf(s.getCobuildingId()), s.getName(),
                        scorersByCobuilding.getOrDefault(s.getCobuildingId(), 0),
                        decided.contains(s.getCobuildingId())))
                .toList();
        RoundProgress progress = new RoundProgress(participants.size(), decided.size(), evaluators, cobuildings);
        List<RoundView.History> historyViews = changes.stream().map(h -> new RoundView.History(h.getFromStatus(),
                h.getToStatus(), String.valueOf(h.getAdminId()), names.get(h.getAdminId()),
                ApiTime.of(h.getCreatedAt()))).toList();
        return new RoundView(String.valueOf(r.getId()), r.getYear(), r.getTerm(), r.getTitle(), r.getStatus(),
                r.getPeriodFrom(), r.getPeriodTo(), r.getParticipants(), criterionViews(criteriaRows), progress,
                historyViews, ApiTime.of(r.getCreatedAt()), ApiTime.of(r.getOpenedAt()), ApiTime.of(r.getClosedAt()));
    }
}
