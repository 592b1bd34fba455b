/**
 * The conversations at the heart of the mini-program: each co-building's group chat and one-to-one conversations
 * (with a fellow member or the bureau liaison), with texts, images (uploads of the media feature) and cards made
 * from other features' events ({@link cn.xianfeng.chat.ChatCards}); pushed over {@code /ws} and across instances
 * through Redis; overseen and moderated by the bureau from {@code /api/admin}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat",
        allowedDependencies = {"activity", "admin", "auth", "briefing", "cobuild", "goal", "media", "shared", "wechat"})
package cn.xianfeng.chat;
