package cn.xianfeng.cobuild;

/** What other features may know of a co-building. */
public record CobuildingInfo(long id, String name, CobuildingStatus status, Long bureauLiaisonId) {
}
