package cn.xianfeng.chat;

/** What a card shows; each has a component of its own in the mini-program. */
public enum CardType {
    ACTIVITY,
    CHECKIN,
    PROGRESS,
    BRIEFING,
    /** The policy assistant's answer to a question asked in the member's ASSISTANT conversation. */
    ANSWER,
    SYSTEM
}
