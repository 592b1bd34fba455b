/**
 * Evaluation rounds (集中评估), every March and September: a round freezes a snapshot of each open co-building's
 * measures when it is created, carries the criteria the bureau weighs (editable until the round opens), collects each
 * evaluator's scores, the bureau's verdicts, and on closing applies the verdicts to the co-buildings in one
 * transaction through {@link cn.xianfeng.cobuild.Plaques}. A closed round is read-only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
        allowedDependencies = {"admin", "cobuild", "org", "shared", "stats"})
package cn.xianfeng.evaluation;
