package cn.xianfeng.briefing;

/** What policy a briefing explains. */
public enum BriefingCategory {
    /** 研发投入财政奖补 */
    RD_SUBSIDY,
    /** 研发费用加计扣除 */
    RD_DEDUCTION,
    /** 科技创新券 */
    INNOVATION_VOUCHER,
    /** 高企认定 */
    HIGH_TECH_ENTERPRISE,
    /** 科技成果登记 */
    RESULT_REGISTRATION,
    /** 技术合同登记 */
    TECH_CONTRACT,
    /** 培训 */
    TRAINING,
    OTHER
}
