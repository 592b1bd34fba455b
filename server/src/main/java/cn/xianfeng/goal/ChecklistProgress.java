package cn.xianfeng.goal;

/** The 八有 checklist in numbers: confirmed items, ticked ones (ticked or confirmed) and the non-retired total. */
public record ChecklistProgress(int confirmed, int ticked, int total) {
}
