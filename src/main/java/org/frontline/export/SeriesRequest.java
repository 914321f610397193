package org.frontline.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date series to export: frames from {@code from} to {@code to} at {@code step}, each drawn like
 * {@code frame} (extent, size, view, scale) at its own date, written as numbered PNG files into
 * {@code folder} and, when {@code gif} is given, as one looping animated GIF. Immutable.
 *
 * @param from        first date
 * @param to          last date (included when a step lands on it)
 * @param step        days between frames, or claim-change dates
 * @param frame       the picture of every frame; its date is replaced and its format must be PNG
 * @param folder      where frames go: an existing folder, or a new one in an existing folder
 * @param gif         the animated GIF to write, or null
 * @param frameMillis how long each GIF frame shows, 20..10000 ms
 */
public record SeriesRequest(LocalDate from, LocalDate to, SeriesStep step, SnapshotRequest frame, Path folder, Path gif,
                            int frameMillis) {
    public static final int DEFAULT_FRAME_MILLIS = 500;

    public SeriesRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(folder, "folder");
        if (frame.format() != ImageFormat.PNG) {
            throw new InvalidExportException("series frames are PNG images; SVG is for single snapshots");
        }
        if (frameMillis < 20 || frameMillis > 10_000) {
            throw new InvalidExportException("frame delay " + frameMillis + " ms is out of range 20 to 10000 ms");
        }
    }

    /** The file name of frame {@code index} (from 1) at {@code date}: {@code frame-0001-2024-02-17.png}. */
    public static String frameName(int index, LocalDate date) {
        return String.format(java.util.Locale.ROOT, "frame-%04d-%s.png", index, date);
    }
}
