package cn.xianfeng.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Chat sockets: how many one member may hold open on one instance (the oldest is closed with
 * {@link ChatSockets#REPLACED} when a newer one opens), and how long a {@code /ws?ticket=} stays usable.
 */
@ConfigurationProperties("xf.chat.socket")
record ChatSocketProperties(@DefaultValue("5") int maxPerMember, @DefaultValue("30s") Duration ticketTtl) {
}
