package cn.xianfeng.auth;

import cn.xianfeng.admin.AdminAccess;
import cn.xianfeng.admin.AuditLog;
import cn.xianfeng.admin.Permission;
import cn.xianfeng.shared.security.AdminCaller;
import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bureau's side of members' sign-ins: ending them all, e.g. for a member who reports a phone lost or stolen. */
@Service
class AdminMemberSessionService {

    private final AppUserMapper users;
    private final TokenService tokens;
    private final AdminAccess access;
    private final AuditLog audit;

    AdminMemberSessionService(AppUserMapper users, TokenService tokens, AdminAccess access, AuditLog audit) {
        this.users = users;
        this.tokens = tokens;
        this.access = access;
        this.audit = audit;
    }

    /**
     * Ends every sign-in of the member. The sessions end before the audit row commits: should the commit fail, the
     * member merely signs in again, which is the safe way round.
     */
    @Transactional
    void endSessions(AdminCaller caller, long userId) {
        access.require(caller, Permission.END_MEMBER_SESSIONS);
        if (users.selectById(userId) == null) {
            throw new NotFoundException("成员 " + userId + " 不存在");
        }
        tokens.endSessions(Audience.MEMBER, userId);
        audit.record(caller, "member.end-sessions", "app_user", userId, "结束成员 " + userId + " 的全部登录");
    }
}
