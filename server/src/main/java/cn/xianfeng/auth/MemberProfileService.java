package cn.xianfeng.auth;

import cn.xianfeng.media.MediaReleased;
import cn.xianfeng.media.MediaUsed;
import cn.xianfeng.shared.cache.NearCache;
import cn.xianfeng.shared.security.UnauthenticatedException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.redisson.api.RedissonClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The member's own profile. {@code GET /api/mp/me} is what a mini-program asks on every start and every tab, so the
 * answer is kept in a {@link NearCache} of each instance; every change of a profile field publishes
 * {@link MemberProfileChanged}, and once it is committed every instance drops its copy. The cached view holds a
 * signed avatar link: it stays valid far longer than a view is kept ({@link Avatars}).
 */
@Service
class MemberProfileService {

    /** Profiles change rarely and every change is announced; the TTL only bounds a lost announcement. */
    private static final Duration CACHED_FOR = Duration.ofMinutes(5);
    private static final int MAX_CACHED = 100_000;
    static final String AVATAR_USE = "avatar";

    private final AppUserMapper users;
    private final Avatars avatars;
    private final ApplicationEventPublisher events;
    private final NearCache<MemberView> cache;

    MemberProfileService(AppUserMapper users, Avatars avatars, ApplicationEventPublisher events,
                         RedissonClient redisson) {
        this.users = users;
        this.avatars = avatars;
        this.events = events;
        this.cache = new NearCache<>(redisson, "auth:invalidations:profile", CACHED_FOR, MAX_CACHED);
    }

    MemberView me(long userId) {
        MemberView view = cache.get(String.valueOf(userId), key -> {
            AppUser user = users.selectById(userId);
            return user == null ? null : MemberView.of(user, avatars.urlOf(user));
        });
        if (view == null) {
            // A token that outlived its user (e.g. data reset on a developer machine).
            throw new UnauthenticatedException("账号不存在，请重新登录");
        }
        return view;
    }

    /**
     * Changes the fields sent. A new avatar (the member's own AVATAR upload) is in use from now on, and the one it
     * replaces (or a cleared one) is released, so media may delete it later; the member's row is locked for this, so
     * two changes at once release exactly what each replaced.
     */
    @Transactional
    MemberView update(long userId, UpdateProfileRequest request) {
        ProfileChange change = ProfileChange.of(request);
        if (change.changesAvatar()) {
            Long avatar = change.avatarMedia();
            if (avatar != null) {
                avatars.requireUsable(userId, avatar);
            }
            AppUser before = users.lockById(userId);
            if (before == null) {
                throw new UnauthenticatedException("账号不存在，请重新登录");
            }
            Long replaced = before.getAvatarMediaId();
            if (!Objects.equals(replaced, avatar)) {
                users.setAvatarMedia(userId, avatar);
                String usedById = String.valueOf(userId);
                if (avatar != null) {
                    events.publishEvent(new MediaUsed(List.of(avatar), AVATAR_USE, usedById));
                }
                if (replaced != null) {
                    events.publishEvent(new MediaReleased(List.of(replaced), AVATAR_USE, usedById));
                }
            }
        }
        users.updateProfile(userId, change);
        AppUser user = users.selectById(userId);
        if (user == null) {
            throw new UnauthenticatedException("账号不存在，请重新登录");
        }
        if (!change.isEmpty()) {
            events.publishEvent(new MemberProfileChanged(userId));
        }
        return MemberView.of(user, avatars.urlOf(user));
    }

    /** After the change is committed (or at once, outside a transaction): no instance answers the old profile. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberProfileChanged changed) {
        cache.invalidate(String.valueOf(changed.userId()));
    }
}
