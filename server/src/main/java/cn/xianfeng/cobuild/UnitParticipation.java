package cn.xianfeng.cobuild;

import java.time.OffsetDateTime;

/** One co-building a unit took part in, with its entry and exit: a row of the unit's record in the programme. */
public record UnitParticipation(String cobuildingId, String name, CobuildingStatus status, UnitRole role,
                                OffsetDateTime joinedAt, OffsetDateTime leftAt, String leftReason) {
}
