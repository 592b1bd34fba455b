package cn.xianfeng.chat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns what {@link ConversationWriter} committed into socket frames, one listener per event, each run only after
 * the writing transaction has committed. Rows are read again here: the frame shows the message as stored.
 *
 * <p>The listeners run on one thread of their own ({@link #EXECUTOR}), not on the request's. After commit the request
 * still holds its database connection, and reading rows here (and the event registry marking the publication done)
 * takes a second one: with every request thread holding one and waiting for another, a burst of sends drained the
 * pool and stalled until its timeout. One thread also keeps a conversation's frames in the order they committed.
 */
@Component
class ChatFrames {

    static final String EXECUTOR = "chatFrameExecutor";

    private final ConversationMapper conversations;
    private final ChatMessageMapper messages;
    private final ConversationAccess access;
    private final ChatSenders senders;
    private final ChatFanout fanout;

    ChatFrames(ConversationMapper conversations, ChatMessageMapper messages, ConversationAccess access,
               ChatSenders senders, ChatFanout fanout) {
        this.conversations = conversations;
        this.messages = messages;
        this.access = access;
        this.senders = senders;
        this.fanout = fanout;
    }

    @Async(EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MessagePosted posted) {
        announce("message", posted.conversationId(), posted.messageId());
    }

    /** A message changed in place (its pending check passed or blocked it): clients replace it by seq. */
    @Async(EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MessageChanged changed) {
        announce("update", changed.conversationId(), changed.messageId());
    }

    @Async(EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(MessageRecalled recalled) {
        Conversation conversation = conversations.selectById(recalled.conversationId());
        ChatMessage message = messages.selectById(recalled.messageId());
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "recall");
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("seq", message.getSeq());
        frame.put("recalledBy", message.getRecalledBy());
        fanout.publish(access.memberRecipients(conversation), frame);
    }

    /** A read mark goes to the reader's own other devices, so their badges clear too. */
    @Async(EXECUTOR)
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ReadMoved moved) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "read");
        frame.put("conversationId", String.valueOf(moved.conversationId()));
        frame.put("userId", String.valueOf(moved.userId()));
        frame.put("seq", moved.seq());
        fanout.publish(List.of(moved.userId()), frame);
    }

    /**
     * A card's new payload, in place: its seq does not change. {@code cardVersion} lets a client keep the newest of
     * what a page and a frame told it. Called by {@link CardUpdates}, which decides how often.
     */
    void cardUpdated(Conversation conversation, ChatMessage card) {
        if (Boolean.TRUE.equals(card.getRecalled())) {
            return;
        }
        MessageView view = senders.view(card, Participant.OTHER_MEMBER);
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "card-update");
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("seq", card.getSeq());
        frame.put("cardType", card.getCardType());
        frame.put("cardVersion", card.getCardVersion());
        frame.put("payload", view.payload());
        fanout.publish(access.memberRecipients(conversation), frame);
    }

    /**
     * Tells the conversation's members about a message. Everyone sees it alike, except a pending text: its sender
     * gets it whole and the others get it without its text, so two frames go out.
     */
    private void announce(String type, long conversationId, long messageId) {
        Conversation conversation = conversations.selectById(conversationId);
        ChatMessage message = messages.selectById(messageId);
        List<Long> recipients = access.memberRecipients(conversation);
        if (message.getContentCheck() != ContentCheck.PENDING || message.getSenderType() != SenderType.MEMBER) {
            fanout.publish(recipients, messageFrame(type, conversation, message, Participant.OTHER_MEMBER));
            return;
        }
        long senderId = message.getSenderId();
        List<Long> others = recipients.stream().filter(id -> id != senderId).toList();
        fanout.publish(List.of(senderId), messageFrame(type, conversation, message, Participant.member(senderId)));
        if (!others.isEmpty()) {
            fanout.publish(others, messageFrame(type, conversation, message, Participant.OTHER_MEMBER));
        }
    }

    private Map<String, Object> messageFrame(String type, Conversation conversation, ChatMessage message,
                                             Participant reader) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", type);
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("message", senders.view(message, reader));
        return frame;
    }

    @Configuration(proxyBeanMethods = false)
    static class FrameExecutorConfig {

        @Bean(EXECUTOR)
        ThreadPoolTaskExecutor chatFrameExecutor() {
            ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
            executor.setCorePoolSize(1);
            executor.setMaxPoolSize(1);
            executor.setThreadNamePrefix("chat-frames-");
            executor.setWaitForTasksToCompleteOnShutdown(true);
            executor.setAwaitTerminationSeconds(5);
            return executor;
        }
    }
}
