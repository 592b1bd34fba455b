package cn.xianfeng.cobuild;

import java.time.LocalDate;

/** A draft goal of a co-building's approved application: what its first goals are made from (title may be blank). */
public record DraftGoal(long id, GoalCategory category, String title, String description, LocalDate targetDate) {
}
