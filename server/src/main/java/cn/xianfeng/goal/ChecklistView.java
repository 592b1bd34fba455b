package cn.xianfeng.goal;

import java.util.List;

/**
 * A co-building's 八有 checklist: every current item in order with its tick. {@code tickedCount} counts TICKED and
 * CONFIRMED; {@code editable}: the caller may tick now (pioneer or unit liaison of an open co-building).
 */
public record ChecklistView(String cobuildingId, int confirmedCount, int tickedCount, int total, boolean editable,
                            List<ChecklistEntry> items) {
}
