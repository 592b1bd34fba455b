package cn.xianfeng.chat;

/** GROUP: a co-building's chat; DIRECT: two people; ASSISTANT: the policy assistant (comes with the briefings). */
public enum ConversationType {
    GROUP,
    DIRECT,
    ASSISTANT
}
