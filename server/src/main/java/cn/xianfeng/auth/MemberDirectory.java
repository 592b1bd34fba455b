package cn.xianfeng.auth;

import cn.xianfeng.media.MemberOpenids;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features may learn about members: how to show them. */
@Service
public class MemberDirectory implements MemberOpenids {

    private final AppUserMapper users;
    private final Avatars avatars;

    MemberDirectory(AppUserMapper users, Avatars avatars) {
        this.users = users;
        this.avatars = avatars;
    }

    /**
     * Display names and avatars by user id: the real name if given, else the nickname, else "成员" + id. One
     * statement, and one more only for avatar links this instance has not signed lately ({@link Avatars}), so no
     * transaction: chat asks this for every page it serves.
     */
    public Map<Long, MemberInfo> findAll(Collection<Long> userIds) {
        Map<Long, MemberInfo> found = new HashMap<>();
        if (userIds.isEmpty()) {
            return found;
        }
        List<AppUser> people = users.selectByIds(userIds);
        Map<Long, String> avatarUrls = avatars.urlsOf(people);
        people.forEach(user -> found.put(user.getId(), MemberInfo.of(user, avatarUrls.get(user.getId()))));
        return found;
    }

    /**
     * The name a member chose to be seen by, for places that show a person to someone not yet in any co-building with
     * them (an invitation's preview): the nickname only, never the real name, phone or id.
     */
    public Optional<String> nickname(long userId) {
        return Optional.ofNullable(users.selectById(userId)).map(AppUser::getNickname);
    }

    /** The member's openid, for WeChat calls made on their behalf (content checks, subscribe messages). */
    @Override
    public Optional<String> openid(long userId) {
        return Optional.ofNullable(users.selectById(userId)).map(AppUser::getOpenid);
    }

    /** The member behind an openid (WeChat's pushes name people by openid only). */
    public Optional<Long> userIdByOpenid(String openid) {
        return Optional.ofNullable(openid == null || openid.isBlank() ? null : users.findByOpenid(openid))
                .map(AppUser::getId);
    }
}
