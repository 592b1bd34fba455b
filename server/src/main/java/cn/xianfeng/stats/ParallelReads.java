package cn.xianfeng.stats;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs a dashboard's independent reads side by side: each is a grouped query of its own, and waiting for them one
 * after another made the overview and the table as slow as their sum. Each read takes a pool connection of its own
 * and sees committed data only (none of them belongs to the caller's transaction, which for a round's snapshot writes
 * nothing they read). When every thread is busy the caller runs the read itself, so nothing is ever refused.
 */
@Component
class ParallelReads implements DisposableBean {

    private static final int THREADS = 4;

    private final ThreadPoolExecutor executor;

    ParallelReads() {
        AtomicInteger count = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(THREADS),
                r -> {
                    Thread thread = new Thread(r, "stats-read-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
    }

    /** Starts the read; {@link #join} takes its answer. */
    <T> Future<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, executor);
    }

    /** The read's answer; a failed read fails the caller with the same exception. */
    static <T> T join(Future<T> read) {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading statistics", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
