package org.frontline.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/**
 * With {@code -Dfrontline.reportStartup=true}, prints how long after the JVM started the first map
 * was on screen (the cold-start figure of the README); with {@code -Dfrontline.exitAfterFirstFrame=true}
 * the viewer then quits, for benchmarks. With {@code -Dfrontline.exitWhenLoaded=true} it waits
 * instead until every claim is read and the control areas are drawn, prints when that was and the
 * heap it took (the most in use at once, sampled, and what is left after a full collection), and quits:
 * run with {@code -Xmx1g}, this shows whether the whole viewer fits in 1 GB.
 */
final class StartupReport {
    /** The most heap in use at one instant, sampled every 10 ms from the first mark on (bytes). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();
    private static Thread sampler;

    private StartupReport() {
    }

    /**
     * Samples the heap in use every 10 ms on a daemon thread. Unlike the sum of the heap pools'
     * own peaks (reached at different moments, so their sum can exceed {@code -Xmx}), this is heap
     * really in use at once; it may miss what is allocated within 10 ms before a collection.
     */
    private static synchronized void sampleHeap() {
        if (sampler != null) {
            return;
        }
        var memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "frontline-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Prints when a start-up phase ended (with {@code -Dfrontline.reportStartup=true}), to see where the time goes. */
    static void mark(String phase) {
        if (Boolean.getBoolean("frontline.reportStartup")) {
            sampleHeap();
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("frontline: " + phase + " at " + ms + " ms, " + cpuMillis() + " ms CPU ("
                    + Thread.currentThread().getName() + ")");
        }
    }

    /** CPU time of the whole process so far: on a loaded machine wall times stretch, this does not. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    static void install(MapCanvas map) {
        if (!Boolean.getBoolean("frontline.reportStartup")) {
            return;
        }
        map.onNextFrame(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("frontline: first map drawn " + ms + " ms after JVM start (" + cpuMillis()
                    + " ms of CPU in all threads)");
            if (Boolean.getBoolean("frontline.exitAfterFirstFrame") && !Boolean.getBoolean("frontline.exitWhenLoaded")) {
                Platform.runLater(Platform::exit);
            }
        });
    }

    /**
     * Once {@code loaded} completes (on any thread) and the map has drawn a frame after it, prints
     * the "all loaded" line with the heap figures; quits with {@code -Dfrontline.exitWhenLoaded=true}.
     */
    static void whenLoaded(MapCanvas map, java.util.concurrent.CompletableFuture<?> loaded) {
        if (!Boolean.getBoolean("frontline.reportStartup")) {
            return;
        }
        loaded.whenComplete((ok, error) -> Platform.runLater(() -> {
            map.repaint();
            map.onNextFrame(StartupReport::reportLoaded);
        }));
    }

    private static void reportLoaded() {
        long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long peak = PEAK.get();
        System.gc();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        System.err.println("frontline: all claims and areas drawn " + ms + " ms after JVM start (" + cpuMillis()
                + " ms of CPU); heap peak " + (peak >> 20) + " MB (sampled), " + (live >> 20) + " MB after GC, max " + (max >> 20) + " MB");
        if (Boolean.getBoolean("frontline.exitWhenLoaded")) {
            Platform.runLater(Platform::exit);
        }
    }
}
