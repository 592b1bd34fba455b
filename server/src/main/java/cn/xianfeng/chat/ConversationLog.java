package cn.xianfeng.chat;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends messages to a conversation: the one place a seq is handed out. */
@Component
class ConversationLog {

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;

    ConversationLog(ConversationMapper conversations, ChatMessageMapper messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    /**
     * Gives the message the conversation's next seq and stores it. Must run in the caller's transaction: the
     * conversation row stays locked until it commits, so concurrent appends queue and seqs have no gaps.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    ChatMessage append(long conversationId, ChatMessage message) {
        conversations.bumpSeq(conversationId);
        message.setConversationId(conversationId);
        message.setSeq(conversations.findMaxSeq(conversationId));
        if (message.getRecalled() == null) {
            message.setRecalled(false);
        }
        if (message.getContentCheck() == null) {
            message.setContentCheck(ContentCheck.PASSED);
        }
        messages.insert(message);
        return messages.selectById(message.getId());
    }
}
