package cn.xianfeng.auth;

import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberProfileService {

    private final AppUserMapper users;
    private final MemberAvatars avatars;

    MemberProfileService(AppUserMapper users, MemberAvatars avatars) {
        this.users = users;
        this.avatars = avatars;
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
            String avatarUrl = blankToNull(request.avatarUrl());
            if (avatarUrl != null && !avatars.issuedTo(avatarUrl, userId)) {
                // Someone else's upload, or one this member replaced since: only their own current image is theirs.
                throw new RuleViolationException("VALIDATION_FAILED", "头像须是本人上传的图片",
                        Map.of("avatarUrl", "请先上传头像图片"));
            }
            user.setAvatarUrl(avatarUrl);
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
