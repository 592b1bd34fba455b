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
     * A text ({@code text}) or an image ({@code mediaId}: the sender's own upload of purpose CHAT; an image carries no
     * text, so a text with it is refused rather than silently dropped). {@code clientMsgId} is the phone's own id for
     * it: a resend after a lost answer returns the message already stored instead of a second one.
     */
    record Send(@NotBlank(message = "缺少 clientMsgId") @Pattern(regexp = "^[A-Za-z0-9_-]{8,64}$",
                        message = "clientMsgId 格式不正确") String clientMsgId,
                @NotNull(message = "请指定消息类型") MessageType type,
                @Size(max = MAX_TEXT, message = "消息最多 2000 字") String text,
                @Pattern(regexp = "^[1-9][0-9]{0,17}$", message = "图片编号不正确") String mediaId) {

        /** Cards are the system's: people send texts and images. */
        @AssertTrue(message = "只能发送文字或图片消息")
        @ReportedOn("type")
        boolean isTextOrImage() {
            return type == null || type == MessageType.TEXT || type == MessageType.IMAGE;
        }

        @AssertTrue(message = "消息不能为空")
        @ReportedOn("text")
        boolean isTextGiven() {
            return type != MessageType.TEXT || (text != null && !text.isBlank());
        }

        @AssertTrue(message = "图片消息不能带文字")
        @ReportedOn("text")
        boolean isImageWithoutText() {
            return type != MessageType.IMAGE || text == null || text.isEmpty();
        }

        @AssertTrue(message = "请选择要发送的图片")
        @ReportedOn("mediaId")
        boolean isMediaGiven() {
            return type != MessageType.IMAGE || mediaId != null;
        }

        @AssertTrue(message = "文字消息不能带图片")
        @ReportedOn("mediaId")
        boolean isTextWithoutMedia() {
            return type != MessageType.TEXT || mediaId == null;
        }

        long media() {
            return Long.parseLong(mediaId);
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
