package cn.xianfeng.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The round's arithmetic: weighted totals and their mean. */
final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /**
     * sum(weight * score / max) / sum(weight) * 100, two decimals; null unless every criterion has a score, since a
     * half-scored card would read as a poor one.
     */
    static BigDecimal total(List<EvaluationCriterion> criteria, Map<Long, BigDecimal> scoreByCriterion) {
        if (criteria.isEmpty() || !criteria.stream().allMatch(c -> scoreByCriterion.containsKey(c.getId()))) {
            return null;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (EvaluationCriterion c : criteria) {
            weighted = weighted.add(BigDecimal.valueOf(c.getWeight()).multiply(scoreByCriterion.get(c.getId()))
                    .divide(BigDecimal.valueOf(c.getMaxScore()), MathContext.DECIMAL64));
            weights += c.getWeight();
        }
        return weighted.multiply(HUNDRED).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /** The mean of the totals that exist, two decimals; null when none does. */
    static BigDecimal mean(Collection<BigDecimal> totals) {
        List<BigDecimal> present = totals.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), 2, RoundingMode.HALF_UP);
    }
}
