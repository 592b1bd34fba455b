package cn.xianfeng.cobuild;

/** 五个一 — the five goal categories every co-building commits to. */
public enum GoalCategory {
    /** 打造一个党建阵地 */
    BASE,
    /** 攻关一批技术难题 */
    PROBLEMS,
    /** 培养一批学科技术带头人 */
    LEADERS,
    /** 输出引进一名高层次人才 */
    TALENT,
    /** 转化一批重大科技成果 */
    ACHIEVEMENTS
}
