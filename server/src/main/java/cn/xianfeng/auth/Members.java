package cn.xianfeng.auth;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What other features may learn about members: how to show them. */
@Service
public class Members {

    private final AppUserMapper users;

    Members(AppUserMapper users) {
        this.users = users;
    }

    /**
     * Display names by user id: the real name if given, else the nickname, else "成员" + id. One statement, so no
     * transaction: chat asks this for every page it serves.
     */
    public Map<Long, MemberCard> cards(Collection<Long> userIds) {
        Map<Long, MemberCard> cards = new HashMap<>();
        if (userIds.isEmpty()) {
            return cards;
        }
        users.selectByIds(userIds).forEach(user -> cards.put(user.getId(), MemberCard.of(user)));
        return cards;
    }

    /** The member's openid, for WeChat calls made on their behalf (content checks, subscribe messages). */
    public Optional<String> openid(long userId) {
        return Optional.ofNullable(users.selectById(userId)).map(AppUser::getOpenid);
    }

    public record MemberCard(long userId, String displayName, String avatarUrl) {

        static MemberCard of(AppUser user) {
            String name = user.getRealName() != null ? user.getRealName()
                    : user.getNickname() != null ? user.getNickname() : "成员" + user.getId();
            return new MemberCard(user.getId(), name, user.getAvatarUrl());
        }
    }
}
