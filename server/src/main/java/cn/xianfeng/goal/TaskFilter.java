package cn.xianfeng.goal;

/** What the progress table shows: one stage of a co-building, optionally only a person's, a status or the overdue. */
record TaskFilter(long cobuildingId, int stage, Long ownerId, TaskStatus status, Boolean overdue) {
}
