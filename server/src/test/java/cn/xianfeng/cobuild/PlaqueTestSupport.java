package cn.xianfeng.cobuild;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * What the plaque tests share: the decisions published, as other features receive them, and one test context (the
 * same imports and properties on each class) in which RECTIFICATION_NOTICE has a template, so its pushes are sent.
 */
final class PlaqueTestSupport {

    static final String RECTIFICATION_TEMPLATE = "tpl-test-rectification";
    static final String EVALUATION_TEMPLATE = "tpl-test-evaluation";
    static final String PROPERTIES = "xf.push.scenes.RECTIFICATION_NOTICE.template-id=" + RECTIFICATION_TEMPLATE;

    private PlaqueTestSupport() {
    }

    /** Waits (up to 10 s) for something an after-commit listener does. */
    static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited too long for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every {@link CobuildingStatusDecided} and {@link RectificationOverdue} published, in order. */
    static class Decisions {

        private final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CobuildingStatusDecided event) {
            seen.add(event);
        }

        @EventListener
        void on(RectificationOverdue event) {
            seen.add(event);
        }

        List<CobuildingStatusDecided> of(long cobuildingId) {
            return seen.stream().filter(CobuildingStatusDecided.class::isInstance)
                    .map(CobuildingStatusDecided.class::cast).filter(e -> e.cobuildingId() == cobuildingId).toList();
        }

        List<RectificationOverdue> overdueOf(long cobuildingId) {
            return seen.stream().filter(RectificationOverdue.class::isInstance)
                    .map(RectificationOverdue.class::cast).filter(e -> e.cobuildingId() == cobuildingId).toList();
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
