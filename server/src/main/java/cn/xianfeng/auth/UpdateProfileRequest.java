package cn.xianfeng.auth;

import cn.xianfeng.shared.web.ReportedOn;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The member's own profile. A field left out (null) stays as it is; an empty string clears it. The avatar is the
 * path the avatar upload answered ({@code /api/avatars/…}), never a WeChat temp path or another site's URL; that it
 * is this member's own upload is checked by the service.
 */
public record UpdateProfileRequest(
        String nickname,
        @Size(max = 512, message = "头像地址过长")
        @Pattern(regexp = "^$|^" + AvatarService.URL_PREFIX + "[A-Za-z0-9_-]{1,64}$",
                message = "请先上传头像图片") String avatarUrl,
        @Size(max = 20, message = "姓名最多 20 个字") String realName) {

    static final int MAX_NICKNAME = 20;

    /** Counted after trimming, in characters as a person counts them (an emoji is one). */
    @AssertTrue(message = "昵称最多 20 个字")
    @ReportedOn("nickname")
    boolean isNicknameShortEnough() {
        if (nickname == null) {
            return true;
        }
        String trimmed = nickname.strip();
        return trimmed.codePointCount(0, trimmed.length()) <= MAX_NICKNAME;
    }
}
