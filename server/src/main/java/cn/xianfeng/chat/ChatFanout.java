package cn.xianfeng.chat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers conversation changes to open sockets on every instance: a change is published once to a Redis topic,
 * and each instance hands it to the sockets it holds. What is published, and when (after the commit), is
 * {@link ChatFrames}' concern.
 */
@Component
class ChatFanout {

    static final String TOPIC = "chat:events";
    private static final Logger log = LoggerFactory.getLogger(ChatFanout.class);

    private final RTopic topic;
    private final ChatSockets sockets;
    private final JsonMapper json;
    private int listenerId;

    ChatFanout(RedissonClient redisson, ChatSockets sockets, JsonMapper json) {
        this.topic = redisson.getTopic(TOPIC, StringCodec.INSTANCE);
        this.sockets = sockets;
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

    /** Publishes one frame for these recipients to every instance. */
    void publish(List<Long> recipients, Map<String, Object> frame) {
        try {
            topic.publish(json.writeValueAsString(new ChatEvent(recipients, json.writeValueAsString(frame))));
        } catch (RuntimeException e) {
            // The message is stored; clients that miss the frame get it by their next sync.
            log.warn("Could not publish a chat event", e);
        }
    }
}
