/**
 * The conversations at the heart of the mini-program: each co-building's group chat, with text and with cards that
 * other features post through {@link cn.xianfeng.chat.ChatCards}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chat")
package cn.xianfeng.chat;
