package cn.xianfeng.chat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.TokenService;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The sockets this instance holds, by member. Closes the ones that went quiet, and the ones whose token has been
 * revoked since they opened (a logout, a stolen phone): a socket must not outlive the sign-in it was opened with.
 */
@Component
class ChatSockets {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** The client renews its sign-in before it reconnects after this close code. */
    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "signed out");
    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);

    private final Map<Long, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final TokenService tokens;

    ChatSockets(TokenService tokens) {
        this.tokens = tokens;
    }

    /** Wraps the session so sends from several threads queue instead of clashing; a stuck client is dropped. */
    WebSocketSession add(long userId, WebSocketSession session) {
        WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024);
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(safe);
        lastSeen.put(session.getId(), Instant.now());
        return safe;
    }

    void remove(long userId, WebSocketSession session) {
        Set<WebSocketSession> sessions = byUser.get(userId);
        if (sessions != null) {
            sessions.removeIf(s -> s.getId().equals(session.getId()));
            if (sessions.isEmpty()) {
                byUser.remove(userId, sessions);
            }
        }
        lastSeen.remove(session.getId());
    }

    void touch(WebSocketSession session) {
        lastSeen.put(session.getId(), Instant.now());
    }

    void deliver(Collection<Long> userIds, String frame) {
        TextMessage message = new TextMessage(frame);
        for (Long userId : userIds) {
            Set<WebSocketSession> sessions = byUser.get(userId);
            if (sessions == null) {
                continue;
            }
            for (WebSocketSession session : sessions) {
                try {
                    if (session.isOpen()) {
                        session.sendMessage(message);
                    }
                } catch (IOException | RuntimeException e) {
                    log.debug("Socket {} of member {} failed; the client will resync", session.getId(), userId);
                }
            }
        }
    }

    @Scheduled(fixedDelay = 15_000)
    void sweep() {
        Instant limit = Instant.now().minus(IDLE_TIMEOUT);
        byUser.forEach((userId, sessions) -> sessions.forEach(session -> {
            Instant seen = lastSeen.get(session.getId());
            if (seen != null && seen.isBefore(limit)) {
                close(session, CloseStatus.SESSION_NOT_RELIABLE.withReason("idle"));
            } else if (!signedIn(session, userId)) {
                close(session, SIGNED_OUT);
            }
        }));
    }

    private boolean signedIn(WebSocketSession session, long userId) {
        Object token = session.getAttributes().get(ChatSocketHandler.TOKEN);
        return token instanceof String t && tokens.resolve(t, Audience.MEMBER).filter(id -> id == userId).isPresent();
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Closing socket {} failed", session.getId());
        }
    }
}
