package cn.xianfeng.chat;

import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.adapter.NativeWebSocketSession;

/**
 * One socket's frames on their way out: a small bounded queue, sent one frame at a time with the container's
 * asynchronous send on the shared sender threads, so the Redis listener only enqueues and never waits on a phone.
 * (Tomcat's "asynchronous" send writes on the calling thread and, once part of a frame is written, waits for the rest
 * up to the send timeout: a phone whose buffers are full holds that thread, so it must never be the listener's.)
 * A phone that stops reading (signal lost, socket left open) stops only its own queue; once the queue is full, or its
 * frame in flight has waited longer than the send timeout, {@code stalled} runs once and the socket is closed with
 * {@link ChatSockets#TOO_SLOW}. The frames it missed come back by the client's sync by seq when it reconnects.
 */
final class SocketOutbox {

    /** Tomcat's own bound on a blocking send on this session (the close frame is one); its default is 20 s. */
    private static final String BLOCKING_SEND_TIMEOUT = "org.apache.tomcat.websocket.BLOCKING_SEND_TIMEOUT";

    private final WebSocketSession session;
    private final RemoteEndpoint.Async remote;
    private final BlockingQueue<String> queue;
    private final long sendTimeoutNanos;
    private final Runnable stalled;
    private final Executor sender;
    /** Held from the moment a send is scheduled until the container completes it: one frame in flight. */
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean givenUp = new AtomicBoolean();
    /** When the frame in flight was handed over ({@link System#nanoTime()}); 0 when none is. */
    private volatile long sendingSince;

    SocketOutbox(WebSocketSession session, int capacity, Duration sendTimeout, Executor sender, Runnable stalled) {
        Session container = ((NativeWebSocketSession) session).getNativeSession(Session.class);
        if (container == null) {
            throw new IllegalStateException("Chat sockets need a Jakarta WebSocket container");
        }
        this.session = session;
        this.remote = container.getAsyncRemote();
        // A write the phone does not take in time fails on its own, and so does the close frame that follows it.
        this.remote.setSendTimeout(sendTimeout.toMillis());
        container.getUserProperties().put(BLOCKING_SEND_TIMEOUT, sendTimeout.toMillis());
        this.queue = new ArrayBlockingQueue<>(Math.max(1, capacity));
        this.sendTimeoutNanos = sendTimeout.toNanos();
        this.stalled = stalled;
        this.sender = sender;
    }

    WebSocketSession session() {
        return session;
    }

    /** Queues a frame and returns at once. A socket that cannot keep up is given up on; its frames are dropped. */
    void offer(String frame) {
        if (givenUp.get() || !session.isOpen()) {
            return;
        }
        if (stuck() || !queue.offer(frame)) {
            giveUp();
            return;
        }
        schedule();
    }

    /** Its frame in flight has outlasted the send timeout: the phone is not reading. */
    boolean stuck() {
        long since = sendingSince;
        return since != 0 && System.nanoTime() - since > sendTimeoutNanos;
    }

    void giveUp() {
        if (givenUp.compareAndSet(false, true)) {
            queue.clear();
            stalled.run();
        }
    }

    /** Hands the next frame to a sender thread, unless one is in flight (its completion schedules the next). */
    private void schedule() {
        if (!queue.isEmpty() && sending.compareAndSet(false, true)) {
            try {
                sender.execute(this::sendNext);
            } catch (RejectedExecutionException shuttingDown) {
                sending.set(false);
            }
        }
    }

    /** On a sender thread. */
    private void sendNext() {
        String frame = queue.poll();
        if (frame == null) {
            sending.set(false);
            // A frame offered between the poll and the release found {@code sending} held: look again.
            schedule();
            return;
        }
        sendingSince = System.nanoTime();
        try {
            remote.sendText(frame, this::sent);
        } catch (RuntimeException e) {
            // Closed under us. Nothing more goes out: the close reaches the handler, which drops this outbox.
            sendingSince = 0;
            queue.clear();
        }
    }

    /** Runs on a container thread (or inline, when the write completed at once). */
    private void sent(SendResult result) {
        sendingSince = 0;
        if (!result.isOK()) {
            // The container gave up on the write (its send timeout, a reset): keep {@code sending} held so nothing
            // more is written, and close the socket so the member's list of sockets lets go of it.
            giveUp();
            return;
        }
        sending.set(false);
        schedule();
    }
}
