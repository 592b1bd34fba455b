package cn.xianfeng.evaluation;

import cn.xianfeng.cobuild.PlaqueDecision;

/** The bureau's decision on one co-building of a round: 授予牌匾, 保持, 限期整改 (with a deadline), 摘牌. */
public enum Verdict {
    AWARD(PlaqueDecision.AWARD, "授予牌匾"),
    KEEP(PlaqueDecision.KEEP, "保持"),
    RECTIFY(PlaqueDecision.RECTIFY, "限期整改"),
    DELIST(PlaqueDecision.DELIST, "摘牌");

    private final PlaqueDecision decision;
    private final String label;

    Verdict(PlaqueDecision decision, String label) {
        this.decision = decision;
        this.label = label;
    }

    String label() {
        return label;
    }

    PlaqueDecision decision() {
        return decision;
    }

    /** Only a rectification has a deadline. */
    boolean needsDeadline() {
        return this == RECTIFY;
    }
}
