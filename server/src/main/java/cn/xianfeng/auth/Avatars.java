package cn.xianfeng.auth;

import cn.xianfeng.media.MediaDirectory;
import cn.xianfeng.media.MediaHidden;
import cn.xianfeng.media.MediaInfo;
import cn.xianfeng.media.MediaLinks;
import cn.xianfeng.media.MediaPurpose;
import cn.xianfeng.media.MediaUploaderType;
import cn.xianfeng.shared.cache.NearCache;
import cn.xianfeng.shared.web.RuleViolationException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redisson.api.RedissonClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Members' avatars, which are uploads of the media feature (purpose AVATAR): which upload a member may take, and the
 * URL every view shows, a signed link to its thumbnail made when the member is read (links expire, so only the
 * media id is stored). An avatar WeChat supplied ({@code avatar_url}) is shown when there is no upload.
 *
 * <p>Members are shown on every page of chat, so each instance keeps the links it signed in a {@link NearCache} for
 * {@link #CACHED_FOR}: media signs a link valid for at least 24 hours, so a link handed out from the cache (or from
 * the profile cache, which keeps a view for minutes) still works for the better part of a day. A risky verdict drops
 * the upload's link on every instance at once, and the member's profile with it: a hidden avatar shows as none.
 */
@Component
class Avatars {

    static final Duration CACHED_FOR = Duration.ofHours(1);
    private static final int MAX_CACHED = 200_000;

    /** A signed thumbnail link; {@code url} null when the upload is hidden or gone (remembered too: no re-asking). */
    private record Link(String url) {
    }

    private final MediaDirectory media;
    private final ApplicationEventPublisher events;
    private final NearCache<Link> links;

    Avatars(MediaDirectory media, ApplicationEventPublisher events, RedissonClient redisson) {
        this.media = media;
        this.events = events;
        this.links = new NearCache<>(redisson, "auth:invalidations:avatar-link", CACHED_FOR, MAX_CACHED);
    }

    /**
     * The upload a member may take as their avatar: their own, an image, uploaded as an avatar, not hidden. Someone
     * else's upload is answered like a missing one. 422 on {@code avatarMediaId} otherwise.
     */
    void requireUsable(long userId, long mediaId) {
        MediaInfo upload = media.find(mediaId).filter(m -> m.uploadedByMember(userId))
                .orElseThrow(() -> refused("头像图片不存在，请重新上传"));
        if (!upload.image()) {
            throw refused("头像只能是 JPG 或 PNG 图片");
        }
        if (upload.purpose() != MediaPurpose.AVATAR) {
            throw refused("请以头像用途（AVATAR）上传图片");
        }
        if (upload.hidden()) {
            throw refused("该图片未通过内容安全检查，不能作为头像");
        }
    }

    private static RuleViolationException refused(String why) {
        return new RuleViolationException("VALIDATION_FAILED", why, Map.of("avatarMediaId", why));
    }

    /** The URL a member is shown with: their upload's thumbnail link, else WeChat's picture, else null. */
    String urlOf(AppUser user) {
        return urlsOf(List.of(user)).get(user.getId());
    }

    /**
     * The URLs of these members, by user id (absent: none). Links not cached here are signed in one query; a page of
     * members without uploaded avatars asks media nothing.
     */
    Map<Long, String> urlsOf(Collection<AppUser> users) {
        Map<Long, String> urls = new HashMap<>();
        Map<Long, String> signed = new HashMap<>();
        Set<Long> missing = new LinkedHashSet<>();
        for (AppUser user : users) {
            Long mediaId = user.getAvatarMediaId();
            if (mediaId != null) {
                // A loader answering null keeps nothing: this only looks.
                Link cached = links.get(key(mediaId), k -> null);
                if (cached == null) {
                    missing.add(mediaId);
                } else if (cached.url() != null) {
                    signed.put(mediaId, cached.url());
                }
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, MediaLinks> fresh = media.linksOf(missing);
            for (Long mediaId : missing) {
                MediaLinks link = fresh.get(mediaId);
                String url = link == null ? null : thumbOf(link);
                links.get(key(mediaId), k -> new Link(url));
                if (url != null) {
                    signed.put(mediaId, url);
                }
            }
        }
        for (AppUser user : users) {
            String url = user.getAvatarMediaId() != null ? signed.get(user.getAvatarMediaId()) : user.getAvatarUrl();
            if (url != null) {
                urls.put(user.getId(), url);
            }
        }
        return urls;
    }

    private static String thumbOf(MediaLinks link) {
        return link.thumbUrl() != null ? link.thumbUrl() : link.url();
    }

    private static String key(long mediaId) {
        return String.valueOf(mediaId);
    }

    /**
     * WeChat judged an upload risky: if it is an avatar, nobody is shown it any more. Every instance forgets its link
     * (at once, whoever's upload it was), and the uploader's profile is announced as changed, so cached views of it go
     * too.
     */
    @ApplicationModuleListener
    void on(MediaHidden hidden) {
        links.invalidate(key(hidden.mediaId()));
        if (hidden.uploader().type() == MediaUploaderType.MEMBER) {
            events.publishEvent(new MemberProfileChanged(hidden.uploader().id()));
        }
    }
}
