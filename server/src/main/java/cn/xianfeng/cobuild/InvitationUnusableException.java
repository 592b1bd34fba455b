package cn.xianfeng.cobuild;

import cn.xianfeng.shared.web.ApiException;
import org.springframework.http.HttpStatus;

/** 410: the invitation existed but can no longer be used; the code says why. */
class InvitationUnusableException extends ApiException {

    private InvitationUnusableException(String code, String detail) {
        super(HttpStatus.GONE, code, detail);
    }

    static InvitationUnusableException expired() {
        return new InvitationUnusableException("INVITATION_EXPIRED", "邀请码已过期，请向科技党建先锋索取新的邀请码");
    }

    static InvitationUnusableException revoked() {
        return new InvitationUnusableException("INVITATION_REVOKED", "邀请码已被撤销");
    }

    static InvitationUnusableException usedUp() {
        return new InvitationUnusableException("INVITATION_USED_UP", "邀请码的使用次数已用完");
    }
}
