package cn.xianfeng.chat;

/** GROUP: a co-building's chat. DIRECT (two people) and ASSISTANT (the policy assistant) come later. */
public enum ConversationType {
    GROUP,
    DIRECT,
    ASSISTANT
}
