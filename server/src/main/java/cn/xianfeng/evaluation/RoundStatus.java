package cn.xianfeng.evaluation;

/**
 * Where a round stands: {@code DRAFT} (criteria editable, nobody scores) → {@code SCORING} (criteria locked,
 * evaluators score, the bureau sets verdicts) → {@code CLOSED} (verdicts applied; read-only).
 */
public enum RoundStatus {
    DRAFT,
    SCORING,
    CLOSED
}
