package cn.xianfeng.activity;

import java.util.List;

/** An activity was cancelled, with the organiser's reason. */
public record ActivityCancelled(long activityId, List<Long> cobuildingIds, String reason) {
}
