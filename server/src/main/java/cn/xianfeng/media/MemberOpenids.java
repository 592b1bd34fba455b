package cn.xianfeng.media;

import java.util.Optional;

/**
 * Whose WeChat identity an upload is checked under: WeChat's image check judges a mini-program user by openid. The
 * members' feature answers it (it already depends on media for avatars, so media asks through this interface rather
 * than depending back on it).
 */
public interface MemberOpenids {

    Optional<String> openid(long userId);
}
