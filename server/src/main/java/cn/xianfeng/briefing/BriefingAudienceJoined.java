package cn.xianfeng.briefing;

import java.util.List;

/**
 * Someone who joined a co-building after these briefings were published to it became part of their audience, reached
 * through that co-building. Published in the transaction that added them.
 */
public record BriefingAudienceJoined(long userId, long cobuildingId, List<Long> briefingIds) {
}
