package cn.xianfeng.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers conversation changes to open sockets on every instance: a change is published once to a Redis topic,
 * and each instance hands it to the sockets it holds. Called only after the change has committed, so a frame never
 * announces a message that a sync could not find.
 */
@Component
class ChatFanout {

    static final String TOPIC = "chat:events";
    private static final Logger log = LoggerFactory.getLogger(ChatFanout.class);

    private final RTopic topic;
    private final ChatSockets sockets;
    private final ConversationAccess access;
    private final ChatSenders senders;
    private final JsonMapper json;
    private int listenerId;

    ChatFanout(RedissonClient redisson, ChatSockets sockets, ConversationAccess access, ChatSenders senders,
               JsonMapper json) {
        this.topic = redisson.getTopic(TOPIC, StringCodec.INSTANCE);
        this.sockets = sockets;
        this.access = access;
        this.senders = senders;
        this.json = json;
    }

    @PostConstruct
    void subscribe() {
        listenerId = topic.addListener(String.class, (channel, raw) -> {
            try {
                ChatEvent event = json.readValue(raw, ChatEvent.class);
                sockets.deliver(event.recipientUserIds(), event.frame());
            } catch (RuntimeException e) {
                log.warn("Dropped a malformed chat event", e);
            }
        });
    }

    @PreDestroy
    void unsubscribe() {
        topic.removeListener(listenerId);
    }

    /** Runs {@code publish} once the current transaction has committed (at once when there is none). */
    static void afterCommit(Runnable publish) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publish.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                publish.run();
            }
        });
    }

    void messagePosted(Conversation conversation, ChatMessage message) {
        announce("message", conversation, message);
    }

    /** A message changed in place (its pending check passed or blocked it): clients replace it by seq. */
    void messageChanged(Conversation conversation, ChatMessage message) {
        announce("update", conversation, message);
    }

    void messageRecalled(Conversation conversation, ChatMessage message) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "recall");
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("seq", message.getSeq());
        frame.put("recalledBy", message.getRecalledBy());
        publish(access.memberRecipients(conversation), frame);
    }

    /** A read mark goes to the reader's own other devices, so their badges clear too. */
    void readMoved(Conversation conversation, long userId, long seq) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "read");
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("userId", String.valueOf(userId));
        frame.put("seq", seq);
        publish(List.of(userId), frame);
    }

    /**
     * Tells the conversation's members about a message. Everyone sees it alike, except a pending text: its sender
     * gets it whole and the others get it without its text, so two frames go out.
     */
    private void announce(String type, Conversation conversation, ChatMessage message) {
        List<Long> recipients = access.memberRecipients(conversation);
        if (message.getContentCheck() != ContentCheck.PENDING || message.getSenderType() != SenderType.MEMBER) {
            publish(recipients, messageFrame(type, conversation, message, Participant.OTHER_MEMBER));
            return;
        }
        long senderId = message.getSenderId();
        List<Long> others = recipients.stream().filter(id -> id != senderId).toList();
        publish(List.of(senderId), messageFrame(type, conversation, message, Participant.member(senderId)));
        if (!others.isEmpty()) {
            publish(others, messageFrame(type, conversation, message, Participant.OTHER_MEMBER));
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

    private void publish(List<Long> recipients, Map<String, Object> frame) {
        try {
            topic.publish(json.writeValueAsString(new ChatEvent(recipients, json.writeValueAsString(frame))));
        } catch (RuntimeException e) {
            // The message is stored; clients that miss the frame get it by their next sync.
            log.warn("Could not publish a chat event", e);
        }
    }
}
