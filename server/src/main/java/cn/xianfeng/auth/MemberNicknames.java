package cn.xianfeng.auth;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The name a member chose to be seen by, for places that show a person to someone who is not yet in any
 * co-building with them (an invitation's preview): the nickname only, never the real name, phone or id.
 */
@Service
public class MemberNicknames {

    private final AppUserMapper users;

    MemberNicknames(AppUserMapper users) {
        this.users = users;
    }

    public Optional<String> of(long userId) {
        return Optional.ofNullable(users.selectById(userId)).map(AppUser::getNickname);
    }
}
