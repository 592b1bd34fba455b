package cn.xianfeng.evaluation;

/** When in the year a round evaluates: 3月 or 9月集中评估. */
public enum RoundTerm {
    MARCH(3),
    SEPTEMBER(9);

    private final int month;

    RoundTerm(int month) {
        this.month = month;
    }

    /** The round's name, which is also the occasion its verdicts are recorded under: "2027年3月集中评估". */
    String occasion(int year) {
        return year + "年" + month + "月集中评估";
    }
}
