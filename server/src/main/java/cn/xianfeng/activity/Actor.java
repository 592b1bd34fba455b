package cn.xianfeng.activity;

import cn.xianfeng.shared.security.AdminCaller;

/** Who acts on an activity: a member, or an admin (whose caller the audit log needs). */
record Actor(ActorType type, long id, AdminCaller admin) {

    static Actor member(long userId) {
        return new Actor(ActorType.MEMBER, userId, null);
    }

    static Actor admin(AdminCaller caller) {
        return new Actor(ActorType.ADMIN, caller.adminId(), caller);
    }
}
