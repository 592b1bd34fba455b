package cn.xianfeng.briefing;

import java.util.List;

/**
 * A briefing's reach: targeted (the audience at publishing), delivered (people a subscribe message about it reached),
 * read, readRate (read / targeted, 0 when nobody was targeted), intended (意向申报); and the same per co-building.
 */
public record BriefingFunnel(int targeted, int delivered, int read, double readRate, int intended,
                             List<CobuildingReach> byCobuilding) {
}
