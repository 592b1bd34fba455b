package cn.xianfeng.media;

/** What an upload is for; PDF files are taken only as an {@code ATTACHMENT}. */
public enum MediaPurpose {
    CHECKIN,
    PROGRESS,
    CHAT,
    AVATAR,
    ATTACHMENT
}
