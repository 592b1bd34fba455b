package cn.xianfeng.chat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.SessionsEnded;
import cn.xianfeng.shared.security.SignIn;
import cn.xianfeng.shared.security.TokenService;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * The sockets this instance holds, by member, oldest first. Closes the ones that went quiet, and the ones whose sign-in
 * has ended since they opened (a logout, a logout everywhere, a stolen phone ended by the bureau): a socket must not
 * outlive the sign-in it was opened with. A member holds at most {@code xf.chat.socket.max-per-member} of them here; a
 * newer one closes the oldest.
 *
 * <p>Delivery only queues: each socket has its own {@link SocketOutbox}, so one phone that stops reading delays nobody
 * else on this instance. Closes run on their own threads too, since a close frame may wait on a phone as well.
 *
 * <p>Close codes the client acts on: {@link #SIGNED_OUT} (4401) — sign in again before reconnecting;
 * {@link #REPLACED} (4409) — a newer socket of the same member took this one's place; do not reconnect on your own;
 * {@link #TOO_SLOW} (4408) — the socket did not take its frames in time ({@code xf.chat.socket.outbox-frames} waiting,
 * or one frame for {@code xf.chat.socket.send-timeout}); reconnect and sync by seq, which fills the gap.
 */
@Component
class ChatSockets {

    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** The client renews its sign-in before it reconnects after this close code. */
    static final CloseStatus SIGNED_OUT = new CloseStatus(4401, "signed out");
    /** The member opened more sockets than allowed; this, the oldest, made room. */
    static final CloseStatus REPLACED = new CloseStatus(4409, "replaced by a newer connection");
    /** The socket fell behind its frames; the client reconnects and syncs what it missed. */
    static final CloseStatus TOO_SLOW = new CloseStatus(4408, "too slow to keep up");
    private static final Logger log = LoggerFactory.getLogger(ChatSockets.class);

    /** Copy-on-write: a member has a handful of sockets, delivery iterates them far more often than they change. */
    private final Map<Long, List<SocketOutbox>> byUser = new ConcurrentHashMap<>();
    private final Map<String, SocketOutbox> bySession = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final TokenService tokens;
    private final ChatSocketProperties properties;
    private final ThreadPoolExecutor closer;
    private final ThreadPoolExecutor sender;

    ChatSockets(TokenService tokens, ChatSocketProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
        // A close waits at most the send timeout on a stuck phone; a few threads keep one such wait from holding up
        // the others, and they go away when there is nothing to close.
        this.closer = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new CustomizableThreadFactory("chat-socket-close-"));
        this.closer.allowCoreThreadTimeOut(true);
        // Writes to phones. A phone whose buffers are full can hold one of these threads for up to the send timeout
        // before it is given up on, so there are more of them than cores: that many stuck phones at once before the
        // others wait (each is closed after the send timeout and frees its thread).
        this.sender = new ThreadPoolExecutor(properties.senderThreads(), properties.senderThreads(), 30,
                TimeUnit.SECONDS, new LinkedBlockingQueue<>(), new CustomizableThreadFactory("chat-socket-send-"));
        this.sender.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        closer.shutdownNow();
        sender.shutdownNow();
    }

    /** Past the cap, the member's oldest sockets are closed with {@link #REPLACED}. */
    void add(SignIn signIn, WebSocketSession session) {
        SocketOutbox outbox = new SocketOutbox(session, properties.outboxFrames(), properties.sendTimeout(), sender,
                () -> tooSlow(signIn.subjectId(), session));
        lastSeen.put(session.getId(), Instant.now());
        bySession.put(session.getId(), outbox);
        List<SocketOutbox> evicted = new ArrayList<>();
        byUser.compute(signIn.subjectId(), (id, held) -> {
            List<SocketOutbox> sockets = held != null ? held : new CopyOnWriteArrayList<>();
            sockets.add(outbox);
            while (sockets.size() > Math.max(1, properties.maxPerMember())) {
                evicted.add(sockets.remove(0));
            }
            return sockets;
        });
        evicted.forEach(oldest -> close(oldest.session(), REPLACED));
    }

    void remove(long userId, WebSocketSession session) {
        byUser.computeIfPresent(userId, (id, sessions) -> {
            sessions.removeIf(s -> s.session().getId().equals(session.getId()));
            return sessions.isEmpty() ? null : sessions;
        });
        bySession.remove(session.getId());
        lastSeen.remove(session.getId());
    }

    /** How many sockets the member holds open on this instance. */
    int heldBy(long userId) {
        List<SocketOutbox> sockets = byUser.get(userId);
        return sockets == null ? 0 : sockets.size();
    }

    void touch(WebSocketSession session) {
        lastSeen.put(session.getId(), Instant.now());
    }

    /** A frame for this one socket (a pong), queued behind the ones already waiting. */
    void reply(WebSocketSession session, String frame) {
        SocketOutbox outbox = bySession.get(session.getId());
        if (outbox != null) {
            outbox.offer(frame);
        }
    }

    /** Queues the frame on each of the members' sockets and returns: no client is waited on here. */
    void deliver(Collection<Long> userIds, String frame) {
        for (Long userId : userIds) {
            List<SocketOutbox> sockets = byUser.get(userId);
            if (sockets != null) {
                sockets.forEach(outbox -> outbox.offer(frame));
            }
        }
    }

    @Scheduled(fixedDelay = 15_000)
    void sweep() {
        Instant limit = Instant.now().minus(IDLE_TIMEOUT);
        byUser.forEach((userId, sockets) -> sockets.forEach(outbox -> {
            WebSocketSession session = outbox.session();
            Instant seen = lastSeen.get(session.getId());
            if (outbox.stuck()) {
                outbox.giveUp();
            } else if (seen != null && seen.isBefore(limit)) {
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
        List<SocketOutbox> sockets = byUser.get(ended.subjectId());
        if (sockets != null) {
            sockets.stream().map(SocketOutbox::session).filter(session -> !signedIn(session))
                    .forEach(session -> close(session, SIGNED_OUT));
        }
    }

    private void tooSlow(long userId, WebSocketSession session) {
        log.info("Closing socket {} of member {}: it fell behind its frames", session.getId(), userId);
        close(session, TOO_SLOW);
    }

    private boolean signedIn(WebSocketSession session) {
        return session.getAttributes().get(ChatSocketHandler.SIGN_IN) instanceof SignIn signIn
                && tokens.isLive(signIn);
    }

    private void close(WebSocketSession session, CloseStatus status) {
        try {
            closer.execute(() -> {
                try {
                    session.close(status);
                } catch (IOException | RuntimeException e) {
                    log.debug("Closing socket {} failed", session.getId());
                }
            });
        } catch (RejectedExecutionException e) {
            log.debug("Socket {} left to close with the server", session.getId());
        }
    }
}
