package cn.xianfeng.evaluation;

/** One criterion of a round, in the round's order. */
public record CriterionView(String code, String name, int weight, int maxScore) {
}
