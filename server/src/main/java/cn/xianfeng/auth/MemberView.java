package cn.xianfeng.auth;

/**
 * A member as the member sees themself. The id is a string: it may outgrow a JavaScript number. {@code avatarUrl} is
 * a signed link to the avatar upload's thumbnail, made when the profile was read, and {@code avatarMediaId} that
 * upload (null: none, or the avatar WeChat supplied); a hidden avatar shows as none.
 */
public record MemberView(String id, String nickname, String avatarUrl, String avatarMediaId, String realName) {

    static MemberView of(AppUser user, String avatarUrl) {
        return new MemberView(String.valueOf(user.getId()), user.getNickname(), avatarUrl,
                user.getAvatarMediaId() == null ? null : String.valueOf(user.getAvatarMediaId()), user.getRealName());
    }
}
