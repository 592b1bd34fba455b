package cn.xianfeng.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code from {@code wx.login}. */
public record MemberLoginRequest(
        @NotBlank(message = "缺少微信登录凭证 code") @Size(max = 128, message = "code 过长") String code) {
}
