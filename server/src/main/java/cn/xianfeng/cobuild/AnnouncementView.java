package cn.xianfeng.cobuild;

import java.time.OffsetDateTime;

/** The co-building's 群公告 after a change: null once cleared. */
public record AnnouncementView(String announcement, OffsetDateTime updatedAt) {
}
