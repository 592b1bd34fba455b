package cn.xianfeng.cobuild;

import java.time.OffsetDateTime;

public record UnitParticipation(String cobuildingId, String name, CobuildingStatus status, UnitRole role,
                                OffsetDateTime joinedAt, OffsetDateTime leftAt, String leftReason) {
}
