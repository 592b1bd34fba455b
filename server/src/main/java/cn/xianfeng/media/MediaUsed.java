package cn.xianfeng.media;

import java.util.List;

/**
 * Published by a feature INSIDE its transaction when a record starts using uploads (a check-in's photos, a chat image,
 * an avatar). Media marks them attached after commit, so the 24 h orphan job leaves them alone. {@code usedBy}:
 * "checkin", "chat-message", "avatar", "progress" …; {@code usedById}: the record's id.
 */
public record MediaUsed(List<Long> mediaIds, String usedBy, String usedById) {
}
