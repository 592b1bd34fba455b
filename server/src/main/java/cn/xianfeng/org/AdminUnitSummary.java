package cn.xianfeng.org;

import cn.xianfeng.shared.web.ApiTime;
import java.time.OffsetDateTime;

/** A live unit in the bureau's unit list. */
public record AdminUnitSummary(String id, String name, UnitType type, String partyOrgName, String creditCode,
                            String address, String contactName, String contactPhone, OffsetDateTime createdAt) {

    static AdminUnitSummary of(Unit unit) {
        return new AdminUnitSummary(String.valueOf(unit.getId()), unit.getName(), unit.getType(),
                unit.getPartyOrgName(), unit.getCreditCode(), unit.getAddress(), unit.getContactName(),
                unit.getContactPhone(), ApiTime.of(unit.getCreatedAt()));
    }
}
