package cn.xianfeng.cobuild;

import java.time.LocalDate;

/**
 * A rectification's deadline passed with no report; published once per rectification by the daily job, in the
 * transaction that flags it.
 */
public record RectificationOverdue(long cobuildingId, long rectificationId, LocalDate deadline) {
}
