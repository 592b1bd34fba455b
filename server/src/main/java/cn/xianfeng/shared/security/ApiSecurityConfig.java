package cn.xianfeng.shared.security;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Which paths need which token. Login endpoints are the only open doors of the two guarded APIs;
 * {@code /api/public/**} is open by design.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig implements WebMvcConfigurer {

    private final TokenService tokens;

    ApiSecurityConfig(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new BearerTokenInterceptor(tokens, Audience.MEMBER))
                .addPathPatterns("/api/mp/**")
                .excludePathPatterns("/api/mp/auth/login");
        registry.addInterceptor(new BearerTokenInterceptor(tokens, Audience.ADMIN))
                .addPathPatterns("/api/admin/**")
                .excludePathPatterns("/api/admin/auth/login");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
