package org.frontline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures for the benchmark: the peak of the heap's memory pools since the last
 * {@link #resetPeak()} (the sum of each pool's own peak, so an upper bound of the true peak), and
 * the heap in use after a full collection (what a phase keeps alive). Not thread-safe; the
 * benchmark calls it from its one thread.
 */
final class HeapWatch {
    private HeapWatch() {
    }

    static void resetPeak() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Peak heap use in MB since the last reset, summed over the heap pools. */
    static long peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** Heap in use in MB after the collector has run (twice, to clear what finalisation freed). */
    static long liveMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }
}
