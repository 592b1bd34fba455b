package cn.xianfeng.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The production profile takes every connection and secret from the environment. Starting with one of them
 * missing would fail later in a confusing way (or, worse, run against the simulator), so it fails first.
 */
final class ProductionEnvironment {

    /** Property the server reads → the environment variable an operator sets. */
    private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("spring.datasource.url", "XF_DB_URL");
        REQUIRED.put("spring.datasource.username", "XF_DB_USERNAME");
        REQUIRED.put("spring.datasource.password", "XF_DB_PASSWORD");
        REQUIRED.put("spring.data.redis.url", "XF_REDIS_URL");
        REQUIRED.put("xf.wechat.app-id", "XF_WX_APPID");
        REQUIRED.put("xf.wechat.secret", "XF_WX_SECRET");
        REQUIRED.put("xf.security.signing-secret", "XF_SIGNING_SECRET");
        REQUIRED.put("xf.admin.bootstrap-password", "XF_ADMIN_PASSWORD");
        // The plaque's QR code is printed once: a default (this machine's loopback address) would print a dead link.
        REQUIRED.put("xf.board.public-base-url", "XF_PUBLIC_BASE_URL");
    }

    private ProductionEnvironment() {
    }

    static void verify(ConfigurableEnvironment env) {
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((property, variable) -> {
            String value = env.getProperty(property);
            if (value == null || value.isBlank()) {
                missing.add(variable);
            }
        });
        boolean simulatorOn = env.getProperty("xf.wechat.simulator.enabled", Boolean.class, false);
        if (!missing.isEmpty() || simulatorOn) {
            throw new ProductionConfigurationException(missing, simulatorOn);
        }
    }
}
