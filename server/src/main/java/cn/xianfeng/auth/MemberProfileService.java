package cn.xianfeng.auth;

import cn.xianfeng.shared.security.UnauthenticatedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberProfileService {

    private final AppUserMapper users;

    MemberProfileService(AppUserMapper users) {
        this.users = users;
    }

    MemberView me(long userId) {
        return MemberView.of(load(userId));
    }

    @Transactional
    MemberView update(long userId, UpdateProfileRequest request) {
        AppUser user = load(userId);
        if (request.nickname() != null) {
            user.setNickname(blankToNull(request.nickname()));
        }
        if (request.avatarUrl() != null) {
            user.setAvatarUrl(blankToNull(request.avatarUrl()));
        }
        if (request.realName() != null) {
            user.setRealName(blankToNull(request.realName()));
        }
        users.updateProfile(user);
        return MemberView.of(user);
    }

    private AppUser load(long userId) {
        AppUser user = users.selectById(userId);
        if (user == null) {
            // A token that outlived its user (e.g. data reset on a developer machine).
            throw new UnauthenticatedException("账号不存在，请重新登录");
        }
        return user;
    }

    private static String blankToNull(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
