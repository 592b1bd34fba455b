package cn.xianfeng.cobuild;

import java.time.OffsetDateTime;

/**
 * One status change as the bureau reads it: {@code fromStatus} null at birth, equal to {@code toStatus} for a KEEP;
 * {@code decision} and {@code sourceRef} ("round:12", "rectification:5") for plaque decisions, else null; the actor
 * (ADMIN by admin id, MEMBER by user id) with the name as shown.
 */
public record CobuildingHistoryView(String id, CobuildingStatus fromStatus, CobuildingStatus toStatus,
                                    PlaqueDecision decision, String sourceRef, String actorType, String actorId,
                                    String actorName, String reason, OffsetDateTime at) {
}
