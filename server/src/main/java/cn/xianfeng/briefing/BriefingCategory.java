package cn.xianfeng.briefing;

/** What policy a briefing explains; {@link #label()} is how people read it (in a subscribe message, a card). */
public enum BriefingCategory {
    RD_SUBSIDY("研发投入财政奖补"),
    RD_DEDUCTION("研发费用加计扣除"),
    INNOVATION_VOUCHER("科技创新券"),
    HIGH_TECH_ENTERPRISE("高企认定"),
    RESULT_REGISTRATION("科技成果登记"),
    TECH_CONTRACT("技术合同登记"),
    TRAINING("培训"),
    OTHER("其他");

    private final String label;

    BriefingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
