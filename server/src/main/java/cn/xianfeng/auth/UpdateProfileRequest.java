package cn.xianfeng.auth;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The member's own profile. A field left out (null) stays as it is; an empty string clears it. The avatar is a URL
 * the mini-program got from {@code chooseAvatar} and uploaded, so only http(s) URLs are taken.
 */
public record UpdateProfileRequest(
        @Size(max = 20, message = "昵称最多 20 个字") String nickname,
        @Size(max = 512, message = "头像地址过长")
        @Pattern(regexp = "^$|^https?://\\S+$", message = "头像地址必须是 http(s) 链接") String avatarUrl,
        @Size(max = 20, message = "姓名最多 20 个字") String realName) {
}
