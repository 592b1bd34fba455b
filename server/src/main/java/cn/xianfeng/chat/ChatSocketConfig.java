package cn.xianfeng.chat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.TokenService;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The socket is opened with the member's bearer token, in the Authorization header or, for clients that cannot set
 * headers on a socket, in {@code ?token=}. No valid member token, no socket (401 on the handshake).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
@EnableScheduling
class ChatSocketConfig implements WebSocketConfigurer {

    private final ChatSocketHandler handler;
    private final TokenService tokens;

    ChatSocketConfig(ChatSocketHandler handler, TokenService tokens) {
        this.handler = handler;
        this.tokens = tokens;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // The mini-program is not a browser page: there is no Origin to check, the token is the guard.
        registry.addHandler(handler, "/ws").addInterceptors(new TokenHandshake()).setAllowedOriginPatterns("*");
    }

    private final class TokenHandshake implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler wsHandler, Map<String, Object> attributes) {
            Optional<String> token = tokenOf(request);
            Optional<Long> userId = token.flatMap(t -> tokens.resolve(t, Audience.MEMBER));
            if (userId.isEmpty()) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            attributes.put(ChatSocketHandler.USER_ID, userId.get());
            attributes.put(ChatSocketHandler.TOKEN, token.get());
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler wsHandler, Exception exception) {
        }

        private Optional<String> tokenOf(ServerHttpRequest request) {
            String header = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Optional.of(header.substring(7).trim());
            }
            return Optional.ofNullable(UriComponentsBuilder.fromUri(request.getURI()).build()
                    .getQueryParams().getFirst("token"));
        }
    }
}
