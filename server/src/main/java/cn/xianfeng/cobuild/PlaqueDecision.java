package cn.xianfeng.cobuild;

/**
 * A decision on a co-building's plaque: an evaluation round's verdict (the first four) or the bureau's re-check of a
 * rectification (the last two). {@link #label()} is how members are told, in Chinese.
 */
public enum PlaqueDecision {
    AWARD("授予牌匾"),
    KEEP("保持"),
    RECTIFY("整改"),
    DELIST("摘牌"),
    RECTIFICATION_PASSED("整改通过"),
    RECTIFICATION_FAILED("整改未通过");

    private final String label;

    PlaqueDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
