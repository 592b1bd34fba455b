package cn.xianfeng.chat;

/**
 * A card's payload was replaced in place (a live count moved); its seq stays. Clients hear of it through
 * {@link CardUpdates}, at most once per card per window.
 */
record CardChanged(long conversationId, long messageId) {
}
