package cn.xianfeng.evaluation;

import java.util.List;

/**
 * How far a round's scoring has come: per evaluator who has scored, how many co-buildings they have fully scored
 * (every criterion) of the participants; per co-building, how many evaluators have fully scored it; and how many
 * verdicts are set.
 */
public record RoundProgress(int participants, long verdictsSet, List<EvaluatorProgress> evaluators,
                            List<CobuildingProgress> cobuildings) {

    public record EvaluatorProgress(String evaluatorId, String evaluatorName, int fullyScored, int participants) {
    }

    public record CobuildingProgress(String cobuildingId, String name, int scorers, boolean verdictSet) {
    }
}
