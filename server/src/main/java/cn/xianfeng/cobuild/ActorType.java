package cn.xianfeng.cobuild;

/** Who made a status change: a member (through the mini-program) or a bureau admin. */
enum ActorType {
    MEMBER,
    ADMIN
}
