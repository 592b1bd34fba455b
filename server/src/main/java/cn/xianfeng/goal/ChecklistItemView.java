package cn.xianfeng.goal;

/** A checklist item as the bureau keeps it. */
public record ChecklistItemView(String id, String name, String description, int position, boolean retired) {
}
