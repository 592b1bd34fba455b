package cn.xianfeng.chat;

import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes into a conversation for whoever is allowed to (members and the bureau alike, access checked by the
 * caller): posting a text idempotently, recalling, moving a read mark; and tells open sockets once it has committed.
 */
@Component
class ChatPoster {

    private final ChatMessageMapper messages;
    private final ConversationLog log;
    private final ConversationReadMapper reads;
    private final ChatFanout fanout;
    private final TransactionTemplate transaction;

    ChatPoster(ChatMessageMapper messages, ConversationLog log, ConversationReadMapper reads, ChatFanout fanout,
               TransactionTemplate transaction) {
        this.messages = messages;
        this.log = log;
        this.reads = reads;
        this.fanout = fanout;
        this.transaction = transaction;
    }

    /**
     * The message this sender already stored in this conversation under the clientMsgId, if a resend brings it
     * again. The same id in another conversation is another message.
     */
    ChatMessage earlier(Conversation conversation, Participant sender, String clientMsgId) {
        return messages.findByClientId(conversation.getId(), sender.type(), sender.id(), clientMsgId);
    }

    /**
     * Appends a text; a resend racing the first send gets the stored message ({@code created} false).
     * {@code alongside} runs in the same transaction with the stored message (the bureau's audit entry).
     */
    Posted postText(Conversation conversation, Participant sender, String clientMsgId, String text,
                    ContentCheck check, Consumer<ChatMessage> alongside) {
        try {
            ChatMessage stored = transaction.execute(status -> {
                ChatMessage message = new ChatMessage();
                message.setSenderType(sender.type());
                message.setSenderId(sender.id());
                message.setType(MessageType.TEXT);
                message.setText(text);
                message.setClientMsgId(clientMsgId);
                message.setContentCheck(check);
                ChatMessage appended = log.append(conversation.getId(), message);
                // The sender has read what they wrote.
                reads.markRead(conversation.getId(), sender.type(), sender.id(), appended.getSeq());
                alongside.accept(appended);
                return appended;
            });
            fanout.messagePosted(conversation, stored);
            return new Posted(stored, true);
        } catch (DuplicateKeyException raced) {
            return new Posted(earlier(conversation, sender, clientMsgId), false);
        }
    }

    /**
     * Turns the message into a tombstone (it keeps its seq); recalling twice changes nothing. {@code now} is true
     * for the one call that recalled it: the update's row lock makes concurrent recalls wait, then find it done.
     */
    @Transactional
    Recalled recall(Conversation conversation, ChatMessage message, RecalledBy by) {
        boolean now = messages.recall(message.getId(), by) == 1;
        // A locking read sees the latest row even where the caller's transaction read the message earlier.
        ChatMessage recalled = messages.lockById(message.getId());
        if (now) {
            ChatFanout.afterCommit(() -> fanout.messageRecalled(conversation, recalled));
        }
        return new Recalled(recalled, now);
    }

    /** Moves the reader's mark forward (never back) up to the conversation's last seq. */
    @Transactional
    long markRead(Conversation conversation, Participant reader, long seq) {
        long upTo = Math.min(seq, conversation.getMaxSeq());
        reads.markRead(conversation.getId(), reader.type(), reader.id(), upTo);
        if (reader.type() == SenderType.MEMBER) {
            ChatFanout.afterCommit(() -> fanout.readMoved(conversation, reader.id(), upTo));
        }
        return upTo;
    }

    record Posted(ChatMessage message, boolean created) {
    }

    record Recalled(ChatMessage message, boolean now) {
    }
}
