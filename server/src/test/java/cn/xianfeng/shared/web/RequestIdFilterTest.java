package cn.xianfeng.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Request ids made on many threads at once: well-formed for the id pattern a proxy's must match, and never twice. */
class RequestIdFilterTest {

    @Test
    void idsFromManyThreadsAreWellFormedAndDistinct() throws InterruptedException {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            threads.execute(() -> {
                for (int i = 0; i < 25_000; i++) {
                    ids.add(RequestIdFilter.newId());
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(ids).hasSize(100_000).allMatch(id -> id.matches("[0-9a-f]{32}"));
    }
}
