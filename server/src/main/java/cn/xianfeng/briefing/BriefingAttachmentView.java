package cn.xianfeng.briefing;

/** An attached PDF: a signed, expiring url (opened with wx.openDocument); size in bytes. */
public record BriefingAttachmentView(String id, String name, String contentType, Long size, String url) {
}
