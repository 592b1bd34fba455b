/**
 * The five ones (五个一) carried out: each co-building's goals per stage, the tasks of its progress table (任务进度表)
 * with owners, due dates and weights, progress reports (进展) with photo evidence, the overdue flag, the 八有 checklist
 * of its party-building base, stage summaries (阶段总结) and the bureau's highlights (亮点). Completion is derived
 * from the tasks whenever it is read. {@link cn.xianfeng.goal.GoalDirectory} is what the public board reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goals",
        allowedDependencies = {"admin", "auth", "cobuild", "media", "shared", "wechat"})
package cn.xianfeng.goal;
