package cn.xianfeng.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat sockets: how many one member may hold open on one instance (the oldest is closed with
 * {@link ChatSockets#REPLACED} when a newer one opens), how long a {@code /ws?ticket=} stays usable, and how far a
 * socket may fall behind — frames waiting in its outbox, and how long one frame may wait on the phone — before it is
 * closed with {@link ChatSockets#TOO_SLOW} — and how many threads write to phones.
 */
@ConfigurationProperties("xf.chat.socket")
record ChatSocketProperties(@DefaultValue("5") int maxPerMember, @DefaultValue("30s") Duration ticketTtl,
                            @DefaultValue("256") int outboxFrames, @DefaultValue("5s") Duration sendTimeout,
                            @DefaultValue("8") int senderThreads) {
}
