package cn.xianfeng.cobuild;

/** An application was approved and its co-building exists; published in the approval's transaction. */
public record CobuildingCreated(long cobuildingId, String name, long pioneerUserId, long leadUnitId) {
}
