package org.frontline.export;

import java.util.Locale;

/**
 * Checks, before a large raster is allocated, that the Java heap can hold it, so that an 8000-pixel
 * export fails with a message that says what to do instead of an {@link OutOfMemoryError} deep in
 * Java2D.
 *
 * <p>Thread safety: stateless.
 */
final class MemoryBudget {
    /**
     * Rasters a snapshot holds at once: the image, the renderer's cached basemap layer of the same
     * size, and head-room for the encoder.
     */
    static final int RASTERS_PER_SNAPSHOT = 3;

    private MemoryBudget() {
    }

    /** Throws {@link InvalidExportException} when {@code bytes} more would not fit in the heap. */
    static void require(long bytes, String what) {
        if (bytes <= available()) {
            return;
        }
        // Freed frames of an earlier export may still occupy the heap; one collection settles it.
        System.gc();
        long free = available();
        if (bytes > free) {
            throw new InvalidExportException(String.format(Locale.ROOT,
                    "%s needs about %d MB of memory but only %d MB are free (maximum heap %d MB); choose a smaller size,"
                            + " use SVG, or run Java with more memory (e.g. JAVA_TOOL_OPTIONS=-Xmx%dm)",
                    what, mb(bytes), mb(free), mb(Runtime.getRuntime().maxMemory()),
                    Math.max(1024, 2 * mb(bytes + Runtime.getRuntime().maxMemory()))));
        }
    }

    private static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
