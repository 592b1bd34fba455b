package cn.xianfeng.auth;

import cn.xianfeng.shared.cache.NearCache;
import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Duration;
import java.util.Map;
import org.redisson.api.RedissonClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The member's own profile. {@code GET /api/mp/me} is what a mini-program asks on every start and every tab, so the
 * answer is kept in a {@link NearCache} of each instance; every change of a profile field publishes
 * {@link MemberProfileChanged}, and once it is committed every instance drops its copy.
 */
@Service
class MemberProfileService {

    /** Profiles change rarely and every change is announced; the TTL only bounds a lost announcement. */
    private static final Duration CACHED_FOR = Duration.ofMinutes(5);
    private static final int MAX_CACHED = 100_000;

    private final AppUserMapper users;
    private final AvatarService avatars;
    private final ApplicationEventPublisher events;
    private final NearCache<MemberView> cache;

    MemberProfileService(AppUserMapper users, AvatarService avatars, ApplicationEventPublisher events,
                         RedissonClient redisson) {
        this.users = users;
        this.avatars = avatars;
        this.events = events;
        this.cache = new NearCache<>(redisson, "auth:invalidations:profile", CACHED_FOR, MAX_CACHED);
    }

    MemberView me(long userId) {
        MemberView view = cache.get(String.valueOf(userId), key -> {
            AppUser user = users.selectById(userId);
            return user == null ? null : MemberView.of(user);
        });
        if (view == null) {
            // A token that outlived its user (e.g. data reset on a developer machine).
            throw new UnauthenticatedException("账号不存在，请重新登录");
        }
        return view;
    }

    @Transactional
    MemberView update(long userId, UpdateProfileRequest request) {
        ProfileChange change = ProfileChange.of(request);
        String avatarUrl = change.avatarUrl();
        if (avatarUrl != null && !avatarUrl.isEmpty() && !avatars.issuedTo(avatarUrl, userId)) {
            // Someone else's upload, or one this member replaced since: only their own current image is theirs.
            throw new RuleViolationException("VALIDATION_FAILED", "头像须是本人上传的图片",
                    Map.of("avatarUrl", "请先上传头像图片"));
        }
        users.updateProfile(userId, change);
        AppUser user = users.selectById(userId);
        if (user == null) {
            throw new UnauthenticatedException("账号不存在，请重新登录");
        }
        if (!change.isEmpty()) {
            events.publishEvent(new MemberProfileChanged(userId));
        }
        return MemberView.of(user);
    }

    /** After the change is committed (or at once, outside a transaction): no instance answers the old profile. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberProfileChanged changed) {
        cache.invalidate(String.valueOf(changed.userId()));
    }
}
