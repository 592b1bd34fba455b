package cn.xianfeng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xianfeng.support.ApiTest;
import cn.xianfeng.support.ApiTestBase;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.TaskScheduler;

/**
 * Scheduled work shares one scheduler: a job stuck on WeChat (a content-check round waits seconds per call while
 * WeChat is busy) must not hold up the others, such as the chat socket sweep.
 */
@ApiTest
class SchedulingApiTest extends ApiTestBase {

    /** The scheduler {@code @Scheduled} methods run on: Spring picks the bean of this name. */
    @Autowired
    @Qualifier("taskScheduler")
    TaskScheduler scheduler;

    @Autowired
    org.springframework.context.ApplicationContext context;

    /**
     * Chat declares an executor of its own for its frames; Boot's pool must still be the one {@code @Async} and the
     * module listeners use by default, or every reaction of every feature would queue on chat's single thread.
     */
    @Test
    void asyncWorkStillRunsOnBootsPoolBesideChatsOwnExecutor() {
        Object applicationExecutor = context.getBean("applicationTaskExecutor");
        var configurers = context.getBeansOfType(org.springframework.scheduling.annotation.AsyncConfigurer.class);
        assertThat(configurers).isNotEmpty();
        assertThat(configurers.values()).anySatisfy(configurer ->
                assertThat(configurer.getAsyncExecutor()).isSameAs(applicationExecutor));
    }

    @Test
    void aScheduledJobThatWaitsDoesNotHoldUpTheNext() throws InterruptedException {
        CountDownLatch secondRan = new CountDownLatch(1);
        AtomicBoolean firstSawSecond = new AtomicBoolean();
        CountDownLatch firstDone = new CountDownLatch(1);

        scheduler.schedule(() -> {
            try {
                firstSawSecond.set(secondRan.await(5, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                firstDone.countDown();
            }
        }, Instant.now());
        scheduler.schedule(secondRan::countDown, Instant.now().plusMillis(100));

        assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(firstSawSecond).as("the second job ran while the first was still waiting").isTrue();
    }
}
