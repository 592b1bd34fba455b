package cn.xianfeng.briefing;

/** A briefing's reach among the people it reached through one co-building. */
public record CobuildingReach(String cobuildingId, String cobuildingName, int targeted, int read, double readRate,
                              int intended) {
}
