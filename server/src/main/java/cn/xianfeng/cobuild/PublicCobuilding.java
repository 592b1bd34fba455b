package cn.xianfeng.cobuild;

import java.time.LocalDate;
import java.util.List;

/**
 * A co-building as the public board may show it: its name, where it stands, the plaque and its current units by
 * name. Nothing that identifies a person or a unit's row.
 */
public record PublicCobuilding(long id, String publicId, String name, CobuildingStatus status, LocalDate plaqueDate,
                               List<PublicUnit> units) {
}
