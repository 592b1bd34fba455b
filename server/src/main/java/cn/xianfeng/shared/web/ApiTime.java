package cn.xianfeng.shared.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times leave the API as ISO-8601 with the offset of the display zone, Asia/Shanghai. */
public final class ApiTime {

    public static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");

    private ApiTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(DISPLAY_ZONE).toOffsetDateTime();
    }
}
