package org.frontline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RepaintSchedulerTest {
    @Test
    void requestsWhileBusyAreMergedIntoTheLatest() throws Exception {
        ExecutorService bg = Executors.newSingleThreadExecutor();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> worked = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        RepaintScheduler<Integer, Integer> s = new RepaintScheduler<>(bg, Runnable::run, q -> {
            synchronized (worked) {
                worked.add(q);
            }
            if (q == 1) {
                firstStarted.countDown();
                await(release);
            }
            return q * 10;
        }, f -> {
            synchronized (shown) {
                shown.add(f);
            }
        }, e -> { throw e; });
        s.request(1);
        assertTrue(firstStarted.await(5, TimeUnit.SECONDS));
        for (int i = 2; i <= 50; i++) {
            s.request(i);
        }
        release.countDown();
        bg.shutdown();
        assertTrue(bg.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(List.of(1, 50), worked, "the 48 requests made while busy collapse into the last one");
        assertEquals(List.of(10, 500), shown);
    }

    @Test
    void failuresReachTheFailureHandlerAndLaterRequestsStillRun() {
        List<String> errors = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        RepaintScheduler<Integer, Integer> s = new RepaintScheduler<>(Runnable::run, Runnable::run, q -> {
            if (q < 0) {
                throw new IllegalStateException("bad " + q);
            }
            return q;
        }, shown::add, e -> errors.add(e.getMessage()));
        s.request(-1);
        s.request(3);
        assertEquals(List.of("bad -1"), errors);
        assertEquals(List.of(3), shown);
    }

    @Test
    void requestsAfterShutdownAreDroppedQuietly() {
        ExecutorService bg = Executors.newSingleThreadExecutor();
        bg.shutdown();
        List<Integer> shown = new ArrayList<>();
        RepaintScheduler<Integer, Integer> s = new RepaintScheduler<>(bg, Runnable::run, q -> q, shown::add, e -> {
            throw e;
        });
        s.request(1);
        s.request(2);
        assertEquals(List.of(), shown);
    }

    private static void await(CountDownLatch l) {
        try {
            l.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
