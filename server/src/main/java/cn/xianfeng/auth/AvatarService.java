package cn.xianfeng.auth;

import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.NotFoundException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Members' avatars: stored re-encoded in the database (so any instance serves them) under a random key, and served
 * publicly at {@value #URL_PREFIX}{key}, the value {@code avatarUrl} holds. Until the media feature exists this is
 * the one upload the server takes.
 */
@Service
class AvatarService {

    static final String URL_PREFIX = "/api/avatars/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MemberAvatarMapper avatars;
    private final AppUserMapper users;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    AvatarService(MemberAvatarMapper avatars, AppUserMapper users, TransactionTemplate transaction,
                  ApplicationEventPublisher events) {
        this.avatars = avatars;
        this.users = users;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * Re-encodes the upload (outside any transaction: decoding takes a while and needs no connection), stores it
     * and makes it the member's avatar at once. The member's earlier uploads go: only the current one is shown.
     */
    MemberView upload(long userId, byte[] upload) {
        AvatarImages.Encoded image = AvatarImages.reencode(upload);
        String key = newKey();
        return transaction.execute(status -> {
            // Two uploads of one member queue here, so the one applied last is the one kept.
            AppUser user = users.lockById(userId);
            if (user == null) {
                throw new UnauthenticatedException("账号不存在，请重新登录");
            }
            MemberAvatar avatar = new MemberAvatar();
            avatar.setAvatarKey(key);
            avatar.setUserId(userId);
            avatar.setContentType(image.format().contentType);
            avatar.setBytes(image.bytes());
            avatars.insert(avatar);
            avatars.deleteOthersByUser(userId, key);
            user.setAvatarUrl(URL_PREFIX + key);
            users.setAvatarUrl(userId, user.getAvatarUrl());
            events.publishEvent(new MemberProfileChanged(userId));
            return MemberView.of(user);
        });
    }

    MemberAvatar find(String key) {
        MemberAvatar avatar = key.length() > 64 ? null : avatars.findByKey(key);
        if (avatar == null) {
            throw new NotFoundException("头像不存在");
        }
        return avatar;
    }

    /** Whether this avatar URL is one the upload issued to this member (and still holds). */
    boolean issuedTo(String avatarUrl, long userId) {
        if (!avatarUrl.startsWith(URL_PREFIX)) {
            return false;
        }
        Long owner = avatars.findOwnerByKey(avatarUrl.substring(URL_PREFIX.length()));
        return owner != null && owner == userId;
    }

    private static String newKey() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
