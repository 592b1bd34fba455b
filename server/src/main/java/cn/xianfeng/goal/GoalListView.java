package cn.xianfeng.goal;

import java.util.List;

/**
 * A co-building's goals of one stage: the five categories always (enum order) with their completion, and the goals
 * in category order, then by id.
 */
public record GoalListView(String cobuildingId, int stage, int currentStage, List<Integer> stages, boolean editable,
                           List<CategoryProgress> categories, List<GoalSummary> goals) {
}
