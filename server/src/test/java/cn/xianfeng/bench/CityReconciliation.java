package cn.xianfeng.bench;

import cn.xianfeng.XianfengApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Builds the statistics counters of a freshly generated city the way production repairs them: the server, started
 * in this JVM on that database (Redis: {@code XF_BENCH_REDIS_URL}, or an embedded one), runs its stats
 * reconciliation once. The generator wrote the source tables directly, so no event ever reached the counters.
 */
final class CityReconciliation {

    private static final String RECONCILIATION = "cn.xianfeng.stats.StatsReconciliation";

    private CityReconciliation() {
    }

    static void run(String url, String username, String password) throws Exception {
        Class<?> type;
        try {
            type = Class.forName(RECONCILIATION);
        } catch (ClassNotFoundException e) {
            System.out.println("CITY no statistics reconciliation in this build: counters left empty");
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", username);
        properties.put("spring.datasource.password", password);
        String redis = System.getenv("XF_BENCH_REDIS_URL");
        if (redis != null && !redis.isBlank()) {
            properties.put("spring.data.redis.url", redis);
            properties.put("xf.redis.namespace", "xf-city");
        }
        properties.put("server.port", 0);
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(XianfengApplication.class)
                .properties(properties).run()) {
            Object report = type.getMethod("reconcile").invoke(context.getBean(type));
            System.out.println("CITY reconciliation: " + report);
        }
    }
}
