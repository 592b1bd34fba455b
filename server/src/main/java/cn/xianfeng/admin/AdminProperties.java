package cn.xianfeng.admin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Admin login settings. The first account is created from {@code bootstrapUsername}/{@code bootstrapPassword}
 * (environment only); with no password set outside prod, one is generated and printed once. Login attempts are
 * limited per username ({@code maxFailedLogins} per {@code failedLoginWindow} until one succeeds) and per client
 * address ({@code maxLoginsPerIp} per {@code loginIpWindow}, successes included).
 */
@ConfigurationProperties("xf.admin")
record AdminProperties(
        @DefaultValue("admin") String bootstrapUsername,
        String bootstrapPassword,
        @DefaultValue("12h") Duration tokenTtl,
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration failedLoginWindow,
        @DefaultValue("30") int maxLoginsPerIp,
        @DefaultValue("15m") Duration loginIpWindow) {
}
