package cn.xianfeng.chat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.BearerToken;
import cn.xianfeng.shared.security.SignIn;
import cn.xianfeng.shared.security.TokenService;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.MultiValueMap;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The socket is opened with the member's bearer token in the Authorization header or, for clients that cannot set
 * headers on a socket, with a single-use ticket from {@code POST /api/mp/ws-ticket} in {@code ?ticket=}. A token in
 * the URL ({@code ?token=}) is refused: URLs end up in logs. No live sign-in, no socket (401 on the handshake).
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
        registry.addHandler(handler, "/ws").addInterceptors(new SignInHandshake()).setAllowedOriginPatterns("*");
    }

    private final class SignInHandshake implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                       WebSocketHandler wsHandler, Map<String, Object> attributes) {
            Optional<SignIn> signIn = signInOf(request);
            if (signIn.isEmpty()) {
                response.setStatusCode(HttpStatus.UNAUTHORIZED);
                return false;
            }
            attributes.put(ChatSocketHandler.SIGN_IN, signIn.get());
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response,
                                   WebSocketHandler wsHandler, Exception exception) {
        }

        private Optional<SignIn> signInOf(ServerHttpRequest request) {
            Optional<String> token = BearerToken.from(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            if (token.isPresent()) {
                return tokens.signIn(token.get(), Audience.MEMBER);
            }
            MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(request.getURI()).build()
                    .getQueryParams();
            String ticket = query.getFirst("ticket");
            return ticket == null ? Optional.empty() : tokens.redeemTicket(ticket, Audience.MEMBER);
        }
    }
}
