package cn.xianfeng.chat;

import cn.xianfeng.shared.web.ReportedOn;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

final class ChatRequests {

    static final int MAX_TEXT = 2000;

    private ChatRequests() {
    }

    /**
     * A text message. {@code clientMsgId} is the phone's own id for it: a resend after a lost answer returns the
     * message already stored instead of a second one.
     */
    record Send(@NotBlank(message = "缺少 clientMsgId") @Pattern(regexp = "^[A-Za-z0-9_-]{8,64}$",
                        message = "clientMsgId 格式不正确") String clientMsgId,
                @NotNull(message = "请指定消息类型") MessageType type,
                @NotBlank(message = "消息不能为空") @Size(max = MAX_TEXT, message = "消息最多 2000 字") String text) {

        /** Images come with the media upload (activities issue); until then text only. */
        @AssertTrue(message = "目前只能发送文字消息")
        @ReportedOn("type")
        boolean isTextOnly() {
            return type == null || type == MessageType.TEXT;
        }
    }

    /** Exactly one of the two: a co-building (its bureau liaison) or a fellow member. */
    record OpenDirect(@Positive(message = "cobuildingId 不正确") Long cobuildingId,
                      @Positive(message = "userId 不正确") Long userId) {

        @AssertTrue(message = "请指定先锋号（与局联络员私聊）或成员，二者选一")
        @ReportedOn("cobuildingId")
        boolean isOneTarget() {
            return (cobuildingId == null) != (userId == null);
        }
    }

    /** The bureau recalling a message; the reason goes to the audit log. */
    record Recall(@Size(max = 200, message = "原因最多 200 字") String reason) {
    }

    record Read(@NotNull(message = "缺少 seq") @Min(value = 0, message = "seq 不能为负") Long seq) {
    }
}
