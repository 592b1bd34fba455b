package cn.xianfeng.chat;

import cn.xianfeng.shared.security.SignIn;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /ws}: the server pushes new messages, recalls and read marks of the member's conversations. Clients only
 * ping; sending stays on HTTP, which is reliable and idempotent. A client that reconnects syncs by seq over HTTP.
 */
@Component
class ChatSocketHandler extends TextWebSocketHandler {

    /** The {@link SignIn} the socket was opened with; the socket lives only as long as it does. */
    static final String SIGN_IN = "xf.signIn";
    private static final String PONG = "{\"type\":\"pong\"}";

    private final ChatSockets sockets;

    ChatSocketHandler(ChatSockets sockets) {
        this.sockets = sockets;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        sockets.add(signIn(session), session);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        sockets.touch(session);
        if (message.getPayload().contains("\"ping\"")) {
            sockets.reply(session, PONG);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        sockets.remove(signIn(session).subjectId(), session);
    }

    private static SignIn signIn(WebSocketSession session) {
        return (SignIn) session.getAttributes().get(SIGN_IN);
    }
}
