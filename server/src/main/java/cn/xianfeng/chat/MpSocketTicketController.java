package cn.xianfeng.chat;

import cn.xianfeng.shared.security.Audience;
import cn.xianfeng.shared.security.IssuedToken;
import cn.xianfeng.shared.security.MemberCaller;
import cn.xianfeng.shared.security.TokenService;
import cn.xianfeng.shared.security.UnauthenticatedException;
import cn.xianfeng.shared.web.ApiTime;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets for clients that cannot set a header on a socket. The bearer token itself never goes into a URL: a URL ends
 * up in proxy and access logs, a ticket there is spent or expired by the time anyone reads them.
 */
@RestController
class MpSocketTicketController {

    private final TokenService tokens;
    private final ChatSocketProperties properties;

    MpSocketTicketController(TokenService tokens, ChatSocketProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    @PostMapping("/api/mp/ws-ticket")
    SocketTicket ticket(MemberCaller caller) {
        IssuedToken ticket = tokens.signIn(caller.token(), Audience.MEMBER)
                .map(signIn -> tokens.issueTicket(signIn, properties.ticketTtl()))
                .orElseThrow(() -> new UnauthenticatedException("登录已失效，请重新登录"));
        return new SocketTicket(ticket.token(), ApiTime.of(ticket.expiresAt()));
    }
}
