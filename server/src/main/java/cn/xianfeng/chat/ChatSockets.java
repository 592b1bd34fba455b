package cn.xianfeng.chat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.SessionsEnded;
import cn.xianfeng.shared.security.SignIn;
import cn.xianfeng.shared.security.TokenService;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The sockets this instance holds, by member, oldest first. Closes the ones that went quiet, and the ones whose sign-in
 * has ended since they opened (a logout, a logout everywhere, a stolen phone ended by the bureau): a socket must not
 * outlive the sign-in it was opened with. A member holds at most {@code xf.chat.socket.max-per-member} of them here; a
 * newer one closes the oldest.
 *
 * <p>Close codes the client acts on: {@link #SIGNED_OUT} (4401) — sign in again before reconnecting;
 * {@link #REPLACED} (4409) — a newer socket of the same member took this one's place; do not reconnect on your own.
 */
@Component
class ChatSockets {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** The client renews its sign-in before it reconnects after this close code. */
    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "signed out");
    /** The member opened more sockets than allowed; this, the oldest, made room. */
    static final CloseStatus REPLACED = new CloseStatus(4409, "replaced by a newer connection");
    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);

    /** Copy-on-write: a member has a handful of sockets, delivery iterates them far more often than they change. */
    private final Map<Long, List<WebSocketSession>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final TokenService tokens;
    private final ChatSocketProperties properties;

    ChatSockets(TokenService tokens, ChatSocketProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    /**
     * Wraps the session so sends from several threads queue instead of clashing; a stuck client is dropped. Past the
     * cap, the member's oldest sockets are closed with {@link #REPLACED}.
     */
    WebSocketSession add(SignIn signIn, WebSocketSession session) {
        WebSocketSession safe = new ConcurrentWebSocketSessionDecorator(session, 5_000, 512 * 1024);
        lastSeen.put(session.getId(), Instant.now());
        List<WebSocketSession> evicted = new ArrayList<>();
        byUser.compute(signIn.subjectId(), (id, sessions) -> {
            List<WebSocketSession> held = sessions != null ? sessions : new CopyOnWriteArrayList<>();
            held.add(safe);
            while (held.size() > Math.max(1, properties.maxPerMember())) {
                evicted.add(held.remove(0));
            }
            return held;
        });
        evicted.forEach(oldest -> close(oldest, REPLACED));
        return safe;
    }

    void remove(long userId, WebSocketSession session) {
        byUser.computeIfPresent(userId, (id, sessions) -> {
            sessions.removeIf(s -> s.getId().equals(session.getId()));
            return sessions.isEmpty() ? null : sessions;
        });
        lastSeen.remove(session.getId());
    }

    void touch(WebSocketSession session) {
        lastSeen.put(session.getId(), Instant.now());
    }

    void deliver(Collection<Long> userIds, String frame) {
        TextMessage message = new TextMessage(frame);
        for (Long userId : userIds) {
            List<WebSocketSession> sessions = byUser.get(userId);
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
            } else if (!signedIn(session)) {
                close(session, SIGNED_OUT);
            }
        }));
    }

    /** Sessions ended here close at once; those held by other instances close at those instances' next sweep. */
    @EventListener
    void on(SessionsEnded ended) {
        if (ended.audience() != Audience.MEMBER) {
            return;
        }
        List<WebSocketSession> sessions = byUser.get(ended.subjectId());
        if (sessions != null) {
            sessions.stream().filter(session -> !signedIn(session)).forEach(session -> close(session, SIGNED_OUT));
        }
    }

    private boolean signedIn(WebSocketSession session) {
        return session.getAttributes().get(ChatSocketHandler.SIGN_IN) instanceof SignIn signIn
                && tokens.isLive(signIn);
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException e) {
            log.debug("Closing socket {} failed", session.getId());
        }
    }
}
