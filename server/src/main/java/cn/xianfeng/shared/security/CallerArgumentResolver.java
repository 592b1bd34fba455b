package cn.xianfeng.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a controller the {@link MemberCaller} or {@link AdminCaller} its interceptor admitted. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == MemberCaller.class || type == AdminCaller.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Object caller = request != null ? request.getAttribute(BearerTokenInterceptor.CALLER_ATTRIBUTE) : null;
        if (!parameter.getParameterType().isInstance(caller)) {
            // A controller asked for a caller on a path its audience's interceptor does not guard.
            throw new UnauthenticatedException("缺少登录凭证，请先登录");
        }
        return caller;
    }
}
