package cn.xianfeng.stats;

import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Map;

/** The statistics feature's business errors, one type each. */
final class StatsExceptions {

    private StatsExceptions() {
    }

    static final class PeriodInvalid extends RuleViolationException {
        PeriodInvalid(Map<String, String> errors) {
            super("PERIOD_INVALID", "统计区间无效", errors);
        }
    }

    static final class SortInvalid extends RuleViolationException {
        SortInvalid(Map<String, String> errors) {
            super("STATS_SORT_INVALID", "排序字段无效", errors);
        }
    }
}
