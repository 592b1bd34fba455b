package cn.xianfeng.cobuild;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The 群公告 as it should read from now on; "" clears it. */
record AnnouncementRequest(@NotNull(message = "请填写群公告，清空请传空字符串")
                           @Size(max = AnnouncementService.MAX_LENGTH, message = "群公告最多 500 字") String text) {
}
