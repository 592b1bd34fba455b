package cn.xianfeng.activity;

import java.util.List;

/** An activity was created for these co-buildings. Published inside the creating transaction. */
public record ActivityScheduled(long activityId, List<Long> cobuildingIds) {
}
