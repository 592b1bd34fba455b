package cn.xianfeng.chat;

import cn.xianfeng.cobuild.Cobuildings;
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
    private final Cobuildings cobuildings;
    private final JsonMapper json;
    private int listenerId;

    ChatFanout(RedissonClient redisson, ChatSockets sockets, Cobuildings cobuildings, JsonMapper json) {
        this.topic = redisson.getTopic(TOPIC, StringCodec.INSTANCE);
        this.sockets = sockets;
        this.cobuildings = cobuildings;
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

    void messagePosted(Conversation conversation, MessageView message) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "message");
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("message", message);
        toGroup(conversation, frame);
    }

    void messageRecalled(Conversation conversation, long seq) {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("type", "recall");
        frame.put("conversationId", String.valueOf(conversation.getId()));
        frame.put("seq", seq);
        toGroup(conversation, frame);
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

    private void toGroup(Conversation conversation, Map<String, Object> frame) {
        if (conversation.getCobuildingId() != null) {
            publish(cobuildings.activeMemberIds(conversation.getCobuildingId()), frame);
        }
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
