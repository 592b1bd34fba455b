package cn.xianfeng.goal;

/** Where a goal stands, as the pioneer says; its completion is derived from its tasks and not part of this. */
public enum GoalStatus {
    ACTIVE,
    /** 已达成 */
    ACHIEVED,
    /** 已放弃: left out of the category's completion and off the public board. */
    DROPPED
}
