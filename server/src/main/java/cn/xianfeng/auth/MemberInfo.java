package cn.xianfeng.auth;

/**
 * How a member is shown to others: the real name if given, else the nickname, else "成员" + id; and the avatar, a
 * signed link made when the member was read (see {@link Avatars}), or null.
 */
public record MemberInfo(long userId, String displayName, String avatarUrl) {

    static MemberInfo of(AppUser user, String avatarUrl) {
        String name = user.getRealName() != null ? user.getRealName()
                : user.getNickname() != null ? user.getNickname() : "成员" + user.getId();
        return new MemberInfo(user.getId(), name, avatarUrl);
    }
}
