package cn.xianfeng.cobuild;

/**
 * The pioneer changed the co-building's 群公告; {@code announcement} is null when they cleared it. Published in the
 * change's transaction; {@code historyId} names the change, so a reaction run twice still makes one message.
 */
public record AnnouncementChanged(long cobuildingId, long historyId, String announcement, long changedBy) {
}
