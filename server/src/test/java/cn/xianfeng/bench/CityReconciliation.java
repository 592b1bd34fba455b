package cn.xianfeng.bench;

import cn.xianfeng.XianfengApplication;
import cn.xianfeng.stats.ReconciliationReport;
import cn.xianfeng.stats.StatsReconciliation;
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

    private CityReconciliation() {
    }

    static void run(String url, String username, String password) {
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
        properties.put("logging.level.cn.xianfeng.stats", "INFO");
        // As arguments: they must win over application.yml's ${XF_DB_URL:} (an empty URL starts an embedded database).
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(XianfengApplication.class)
                .run(arguments)) {
            ReconciliationReport report = context.getBean(StatsReconciliation.class).reconcile();
            for (ReconciliationReport.Table table : report.tables()) {
                System.out.printf("CITY   %-26s %,10d counter rows built%n", table.table(), table.rowsChecked());
            }
        }
    }
}
