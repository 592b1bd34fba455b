package cn.xianfeng.chat;

import java.util.List;

/** A page of messages, ascending by seq; {@code hasMore} says there are more beyond it in the direction asked. */
record MessagePage(List<MessageView> items, boolean hasMore) {

    /** Sync: what came after {@code afterSeq}. */
    static MessagePage after(ChatMessageMapper messages, ChatSenders senders, long conversationId, long afterSeq,
                             int limit, Participant reader) {
        List<ChatMessage> page = messages.listAfterSeq(conversationId, afterSeq, limit + 1);
        return new MessagePage(senders.views(page.subList(0, Math.min(limit, page.size())), reader),
                page.size() > limit);
    }

    /** History: the {@code limit} messages before {@code beforeSeq}. */
    static MessagePage before(ChatMessageMapper messages, ChatSenders senders, long conversationId, long beforeSeq,
                              int limit, Participant reader) {
        List<ChatMessage> page = messages.listBeforeSeq(conversationId, beforeSeq, limit + 1);
        boolean more = page.size() > limit;
        return new MessagePage(senders.views(more ? page.subList(1, page.size()) : page, reader), more);
    }
}
