package cn.xianfeng.goal;

import java.util.List;

/** The checklist items in order. */
public record ChecklistItemList(List<ChecklistItemView> items) {
}
