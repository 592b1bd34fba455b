package cn.xianfeng.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code messageId}: a question asked in the assistant conversation, or the ANSWER card that answered it. */
public record AssistantForwardRequest(@NotBlank(message = "请指定要转交的问题")
                                      @Pattern(regexp = "^[1-9][0-9]{0,17}$", message = "消息编号不正确")
                                      String messageId) {
}
