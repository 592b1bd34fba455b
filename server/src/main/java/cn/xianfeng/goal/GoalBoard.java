package cn.xianfeng.goal;

import java.util.List;

/** A co-building's goals of its current stage as the public board shows them (DROPPED goals left off). */
public record GoalBoard(int stage, List<CategoryProgress> categories, List<BoardGoal> goals) {
}
