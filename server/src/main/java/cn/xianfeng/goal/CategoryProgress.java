package cn.xianfeng.goal;

import cn.xianfeng.cobuild.GoalCategory;

/** One of the five categories: the mean completion of its goals that are not dropped, and how many there are. */
public record CategoryProgress(GoalCategory category, int completion, int goalCount) {
}
