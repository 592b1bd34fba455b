package cn.xianfeng.org;

import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;

/** One unit as the bureau sees it; {@code mergedIntoId} is set when it was merged into another unit. */
public record AdminUnitView(String id, String name, UnitType type, String partyOrgName, String creditCode,
                              String address, String contactName, String contactPhone, String mergedIntoId,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static AdminUnitView of(Unit unit) {
        return new AdminUnitView(String.valueOf(unit.getId()), unit.getName(), unit.getType(),
                unit.getPartyOrgName(), unit.getCreditCode(), unit.getAddress(), unit.getContactName(),
                unit.getContactPhone(), unit.getMergedIntoId() == null ? null : String.valueOf(unit.getMergedIntoId()),
                ApiTime.of(unit.getCreatedAt()), ApiTime.of(unit.getUpdatedAt()));
    }
}
