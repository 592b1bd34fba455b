package cn.xianfeng.briefing;

import cn.xianfeng.org.UnitType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * Whom a briefing is for: {@code {scope: ALL}}, {@code {scope: COBUILDINGS, cobuildingIds: [...]}} or
 * {@code {scope: UNIT_TYPES, unitTypes: [ENTERPRISE]}} (members whose membership unit is of one of the types).
 */
public record BriefingTargeting(
        @NotNull(message = "请选择发布范围") TargetScope scope,
        @Size(max = 500, message = "最多选择 500 个先锋号") List<String> cobuildingIds,
        Set<UnitType> unitTypes) {
}
