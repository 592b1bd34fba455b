package cn.xianfeng.cobuild;

/** Where joining put the caller; {@code alreadyMember} when they were in already (joining is idempotent). */
public record JoinResult(String cobuildingId, String cobuildingName, MemberRole role, String unitId, String unitName,
                         boolean alreadyMember) {
}
