package cn.xianfeng.activity;

import java.util.List;

/** An activity's details changed; {@code revision} grows with every change. */
public record ActivityChanged(long activityId, List<Long> cobuildingIds, int revision) {
}
