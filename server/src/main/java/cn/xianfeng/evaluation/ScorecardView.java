package cn.xianfeng.evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One evaluator's scores of one co-building: by criterion code; total is the weighted total (0–100, two decimals),
 * null until every criterion is scored (complete).
 */
public record ScorecardView(String cobuildingId, String evaluatorId, String evaluatorName,
                            Map<String, BigDecimal> scores, BigDecimal total, boolean complete, String comment,
                            OffsetDateTime savedAt) {
}
