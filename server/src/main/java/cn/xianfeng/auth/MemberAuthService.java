package cn.xianfeng.auth;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.IssuedToken;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.shared.web.ApiTime;
import cn.xianfeng.wechat.WeChat;
import cn.xianfeng.wechat.WeChatIdentity;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Mini-program login: a {@code wx.login} code in, a bearer token out; the member row is made on first login. */
@Service
class MemberAuthService {

    private final WeChat weChat;
    private final AppUserMapper users;
    private final Avatars avatars;
    private final TokenService tokens;
    private final AuthProperties properties;
    private final TransactionTemplate transaction;

    MemberAuthService(WeChat weChat, AppUserMapper users, Avatars avatars, TokenService tokens,
                      AuthProperties properties, TransactionTemplate transaction) {
        this.weChat = weChat;
        this.avatars = avatars;
        this.users = users;
        this.tokens = tokens;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** WeChat is called outside any transaction: a slow WeChat must not hold a database connection. */
    MemberLoginResponse login(String code) {
        WeChatIdentity identity = weChat.login(code);
        AppUser user = upsert(identity);
        IssuedToken token = tokens.issue(Audience.MEMBER, user.getId(), properties.memberTokenTtl());
        return new MemberLoginResponse(token.token(), ApiTime.of(token.expiresAt()),
                MemberView.of(user, avatars.urlOf(user)));
    }

    void logout(String token) {
        tokens.revoke(token);
    }

    /** Every device of the member signs out, this one included (a lost phone is ended from the one in hand). */
    void logoutEverywhere(long userId) {
        tokens.endSessions(Audience.MEMBER, userId);
    }

    private AppUser upsert(WeChatIdentity identity) {
        // Two first logins of the same person at once: the other one inserted the row; touch it instead.
        return insertOrFind(() -> transaction.execute(status -> insertOrTouch(identity)),
                () -> transaction.execute(status -> insertOrTouch(identity)));
    }

    private AppUser insertOrTouch(WeChatIdentity identity) {
        AppUser user = users.findByOpenid(identity.openid());
        Instant now = Instant.now();
        if (user == null) {
            user = new AppUser();
            user.setOpenid(identity.openid());
            user.setUnionid(identity.unionid());
            user.setLastLoginAt(now);
            users.insert(user);
            return user;
        }
        AppUser touch = new AppUser();
        touch.setId(user.getId());
        touch.setLastLoginAt(now);
        if (identity.unionid() != null && user.getUnionid() == null) {
            touch.setUnionid(identity.unionid());
            user.setUnionid(identity.unionid());
        }
        users.updateById(touch);
        user.setLastLoginAt(now);
        return user;
    }
}
