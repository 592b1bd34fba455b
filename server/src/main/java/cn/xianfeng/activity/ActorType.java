package cn.xianfeng.activity;

/** Who organised an activity or acted on a check-in: a member (pioneer, unit liaison) or a bureau admin. */
public enum ActorType {
    MEMBER,
    ADMIN
}
