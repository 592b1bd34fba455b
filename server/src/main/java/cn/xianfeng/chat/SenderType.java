package cn.xianfeng.chat;

/** Who wrote a message (or reads a conversation): a member, a bureau admin, or the system (cards). */
public enum SenderType {
    MEMBER,
    ADMIN,
    SYSTEM
}
