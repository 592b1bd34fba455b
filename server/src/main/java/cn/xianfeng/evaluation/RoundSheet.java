package cn.xianfeng.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The round's sheet (评估表): per participating co-building the snapshot frozen at the round's creation, each
 * evaluator's scores with their weighted totals, the mean of the complete totals, and the verdict.
 */
public record RoundSheet(String roundId, String title, RoundStatus status, List<CriterionView> criteria,
                         List<Row> rows) {

    /**
     * metrics: the measures as the statistics gave them at the snapshot (members, activities, attendanceRate …);
     * bureauLiaisonName is today's name of the liaison the snapshot recorded.
     */
    public record Row(String cobuildingId, String name, String status, String leadUnitType, String bureauLiaisonId,
                      String bureauLiaisonName, Map<String, Object> metrics, List<ScorecardView> scores,
                      BigDecimal meanTotal, VerdictView verdict) {
    }
}
