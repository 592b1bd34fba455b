package cn.xianfeng.goal;

/** The bureau confirmed or rejected a co-building's checklist tick. */
public record ChecklistItemReviewed(long cobuildingId, long itemId, ChecklistStatus status) {
}
