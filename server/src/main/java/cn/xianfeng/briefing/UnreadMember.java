package cn.xianfeng.briefing;

/** A targeted person who has not opened the briefing, and the co-building through which it reached them. */
public record UnreadMember(String userId, String displayName, String cobuildingId, String cobuildingName) {
}
