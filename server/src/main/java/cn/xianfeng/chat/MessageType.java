package cn.xianfeng.chat;

public enum MessageType {
    TEXT,
    IMAGE,
    CARD
}
