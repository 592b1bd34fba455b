package cn.xianfeng.org;

import jakarta.validation.constraints.NotNull;

/** Merge the unit of the path (the duplicate) into {@code intoUnitId} (the unit that stays). */
public record UnitMergeRequest(@NotNull(message = "请指定保留的单位") Long intoUnitId) {
}
