package cn.xianfeng.auth;

/** A member as the member sees themself. The id is a string: it may outgrow a JavaScript number. */
public record MemberView(String id, String nickname, String avatarUrl, String realName) {

    static MemberView of(AppUser user) {
        return new MemberView(String.valueOf(user.getId()), user.getNickname(), user.getAvatarUrl(),
                user.getRealName());
    }
}
