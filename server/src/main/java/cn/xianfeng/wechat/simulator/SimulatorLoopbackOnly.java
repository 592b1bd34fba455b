package cn.xianfeng.wechat.simulator;

import cn.xianfeng.shared.web.ForbiddenException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The simulator answers only this machine: it hands out access tokens, signs in any code and lists what the server
 * sent. WxJava calls it over loopback; a developer's curl does too. Anything else — another host, or a request that
 * came through a proxy (which connects from loopback but names the real client in a forwarding header) — gets 403.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "xf.wechat.simulator.enabled", havingValue = "true")
class SimulatorLoopbackOnly implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(WeChatSimulatorController.PREFIX + "/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!fromThisMachine(request)) {
            throw new ForbiddenException("微信模拟器只接受本机的请求");
        }
        return true;
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        if (FORWARDING_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null)) {
            return false;
        }
        try {
            // The remote address is a literal IP, so this never asks DNS.
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
