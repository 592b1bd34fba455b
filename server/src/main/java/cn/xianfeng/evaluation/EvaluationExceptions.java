package cn.xianfeng.evaluation;

import cn.xianfeng.shared.web.ConflictException;
import cn.xianfeng.shared.web.NotFoundException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Map;

/** The evaluation feature's business errors, one type each. */
final class EvaluationExceptions {

    private EvaluationExceptions() {
    }

    static final class RoundNotFound extends NotFoundException {
        RoundNotFound() {
            super("ROUND_NOT_FOUND", "评估批次不存在");
        }
    }

    /** The co-building was not open when the round was created, or does not exist. */
    static final class CobuildingNotInRound extends NotFoundException {
        CobuildingNotInRound() {
            super("COBUILDING_NOT_IN_ROUND", "该先锋号不在本批次评估范围内");
        }
    }

    static final class RoundExists extends ConflictException {
        RoundExists(String title) {
            super("ROUND_EXISTS", title + "已创建");
        }
    }

    static final class RoundNotDraft extends ConflictException {
        RoundNotDraft() {
            super("ROUND_NOT_DRAFT", "评估已开始，评分项不能再修改");
        }
    }

    static final class RoundNotScoring extends ConflictException {
        RoundNotScoring() {
            super("ROUND_NOT_SCORING", "评估尚未开始评分");
        }
    }

    static final class RoundClosed extends ConflictException {
        RoundClosed() {
            super("ROUND_CLOSED", "评估已结束，不能再修改");
        }
    }

    static final class CriteriaMissing extends ConflictException {
        CriteriaMissing() {
            super("CRITERIA_MISSING", "请先设置评分项");
        }
    }

    static final class VerdictsMissing extends ConflictException {
        private final long missing;

        VerdictsMissing(long missing) {
            super("VERDICTS_MISSING", "还有 " + missing + " 个先锋号未给出评估结论");
            this.missing = missing;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("missing", missing);
        }
    }

    /** Closing: a co-building's status no longer allows its verdict (withdrawn meanwhile, …); nothing was applied. */
    static final class VerdictNotApplicable extends ConflictException {
        private final long cobuildingId;
        private final String cobuildingName;

        VerdictNotApplicable(long cobuildingId, String cobuildingName, String why) {
            super("VERDICT_NOT_APPLICABLE", why + "，本批次评估结论均未生效");
            this.cobuildingId = cobuildingId;
            this.cobuildingName = cobuildingName;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("cobuildingId", String.valueOf(cobuildingId), "cobuildingName", cobuildingName);
        }
    }

    static final class CriteriaInvalid extends RuleViolationException {
        CriteriaInvalid(String detail) {
            super("CRITERIA_INVALID", detail, Map.of("criteria", detail));
        }
    }

    static final class CriterionUnknown extends RuleViolationException {
        CriterionUnknown(String code) {
            super("CRITERION_UNKNOWN", "本批次没有评分项“" + code + "”", Map.of("scores", "本批次没有评分项“" + code + "”"));
        }
    }

    static final class ScoresInvalid extends RuleViolationException {
        ScoresInvalid(String detail) {
            super("SCORES_INVALID", detail, Map.of("scores", detail));
        }
    }

    static final class ScoreOutOfRange extends RuleViolationException {
        ScoreOutOfRange(String name, int maxScore) {
            super("SCORE_OUT_OF_RANGE", "“" + name + "”的分数为 0–" + maxScore,
                    Map.of("scores", "“" + name + "”的分数为 0–" + maxScore));
        }
    }

    static final class DeadlineInvalid extends RuleViolationException {
        DeadlineInvalid(String detail) {
            super("DEADLINE_INVALID", detail, Map.of("deadline", detail));
        }
    }
}
