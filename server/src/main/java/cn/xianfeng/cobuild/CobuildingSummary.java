package cn.xianfeng.cobuild;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A line in a list of co-buildings; {@code role} and {@code unitName} are the calling member's, if any.
 * {@code bureauLiaisonId} is for the bureau only: a member's list leaves the field out.
 * {@code bureauLiaisonVacant}: no 局共建联络员 is assigned (局联络员待指派).
 */
public record CobuildingSummary(String id, String name, CobuildingStatus status, String leadUnitName, MemberRole role,
                                String unitName,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String bureauLiaisonId,
                                OffsetDateTime createdAt, boolean bureauLiaisonVacant) {
}
