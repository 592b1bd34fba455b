package cn.xianfeng.cobuild;

import cn.xianfeng.org.UnitType;

/**
 * A person became an active member of a co-building: joined with an invitation, came back with a new one, or was let
 * back in by the pioneer. Published inside the membership's transaction; {@code unitType} is the type of the unit they
 * are in it for.
 */
public record MemberJoined(long cobuildingId, long userId, long unitId, UnitType unitType) {
}
