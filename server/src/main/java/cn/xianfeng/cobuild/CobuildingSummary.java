package cn.xianfeng.cobuild;

import java.time.OffsetDateTime;

/**
 * A line in a list of co-buildings; {@code role} and {@code unitName} are the calling member's, if any;
 * {@code bureauLiaisonVacant}: no 局共建联络员 is assigned (局联络员待指派).
 */
public record CobuildingSummary(String id, String name, CobuildingStatus status, String leadUnitName, MemberRole role,
                                String unitName, String bureauLiaisonId, OffsetDateTime createdAt,
                                boolean bureauLiaisonVacant) {
}
