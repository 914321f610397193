package org.frontline.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a finished date series wrote. Immutable.
 *
 * @param frames  the frame files, in date order
 * @param gif     the animated GIF, or null when none was asked for
 * @param elapsed how long it took
 */
public record SeriesResult(List<Path> frames, Path gif, Duration elapsed) {
    public SeriesResult {
        frames = List.copyOf(frames);
    }

    /** Frames per second achieved. */
    public double framesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : frames.size() / s;
    }
}
