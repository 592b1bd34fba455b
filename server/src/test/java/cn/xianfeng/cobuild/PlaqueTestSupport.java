package cn.xianfeng.cobuild;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** What the plaque tests share: the decisions published, as other features receive them. */
final class PlaqueTestSupport {

    private PlaqueTestSupport() {
    }

    /** Every {@link CobuildingStatusDecided} published, in order. */
    static class Decisions {

        private final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CobuildingStatusDecided event) {
            seen.add(event);
        }

        List<CobuildingStatusDecided> of(long cobuildingId) {
            return seen.stream().filter(CobuildingStatusDecided.class::isInstance)
                    .map(CobuildingStatusDecided.class::cast).filter(e -> e.cobuildingId() == cobuildingId).toList();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {
        @Bean
        Decisions plaqueDecisions() {
            return new Decisions();
        }
    }
}
