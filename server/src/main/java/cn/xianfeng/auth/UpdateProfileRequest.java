package cn.xianfeng.auth;

import cn.xianfeng.shared.web.ReportedOn;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The member's own profile. A field left out (null) stays as it is; an empty string clears it. The avatar is an
 * upload of purpose AVATAR ({@code POST /api/mp/media}) named by its id; that it is the member's own image is checked
 * by the service.
 */
public record UpdateProfileRequest(
        String nickname,
        @Pattern(regexp = "^$|^[1-9][0-9]{0,17}$", message = "头像图片编号不正确") String avatarMediaId,
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
