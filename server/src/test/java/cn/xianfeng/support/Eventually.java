package cn.xianfeng.support;

import java.time.Duration;

/** Waiting in tests for what happens after a commit, on another thread (module listeners, chat cards, pushes). */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Eventually() {
    }

    /** Runs the assertion until it holds, every 50 ms for up to 10 s; then fails as its last run failed. */
    public static void eventually(Runnable assertion) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
