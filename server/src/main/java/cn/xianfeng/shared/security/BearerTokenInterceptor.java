package cn.xianfeng.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Admits a request to one API audience only with a live token of that audience, and leaves the caller in a request
 * attribute for {@link CallerArgumentResolver}. Exceptions thrown here are rendered by the problem handler.
 */
class BearerTokenInterceptor implements HandlerInterceptor {

    static final String CALLER_ATTRIBUTE = BearerTokenInterceptor.class.getName() + ".caller";

    private final TokenService tokens;
    private final Audience audience;

    BearerTokenInterceptor(TokenService tokens, Audience audience) {
        this.tokens = tokens;
        this.audience = audience;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if ("OPTIONS".equals(request.getMethod())) {
            return true;
        }
        String token = BearerToken.from(request.getHeader(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> new UnauthenticatedException("缺少登录凭证，请先登录"));
        long subject = tokens.resolve(token, audience)
                .orElseThrow(() -> new UnauthenticatedException("登录已失效，请重新登录"));
        Object caller = audience == Audience.MEMBER
                ? new MemberCaller(subject, token)
                : new AdminCaller(subject, token, request.getRemoteAddr());
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        return true;
    }
}
