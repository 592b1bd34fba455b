package cn.xianfeng.chat;

/** What a card shows; each has a component of its own in the mini-program. */
public enum CardType {
    ACTIVITY,
    CHECKIN,
    PROGRESS,
    BRIEFING,
    SYSTEM
}
