package cn.xianfeng.chat;

/** Who took a message back: its sender (within two minutes) or the bureau, moderating. */
public enum RecalledBy {
    SENDER,
    BUREAU
}
