package cn.xianfeng.media;

/** What an upload is for; PDF files are taken only as an {@code ATTACHMENT}. */
public enum MediaPurpose {
    CHECKIN,
    PROGRESS,
    CHAT,
    AVATAR,
    ATTACHMENT,
    /** A photo of a co-building's rectification report (整改报告). */
    RECTIFICATION
}
