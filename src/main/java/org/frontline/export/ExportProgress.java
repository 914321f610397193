package org.frontline.export;

import java.time.Duration;
import java.util.Optional;

/**
 * How far a long export has come. Immutable.
 *
 * @param done    units finished (frames, layers)
 * @param total   units in all
 * @param elapsed time since the export started
 * @param current what was just finished, e.g. the frame's file name
 */
public record ExportProgress(int done, int total, Duration elapsed, String current) {
    /** Units per second so far, 0 before the first one. */
    public double perSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return done == 0 || seconds <= 0 ? 0 : done / seconds;
    }

    /** Time left at the rate so far; empty before the first unit. */
    public Optional<Duration> remaining() {
        double rate = perSecond();
        return rate <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round((total - done) / rate * 1000)));
    }

    /** "12/52 frames, 3.4/s, 12 s left" for a status line. */
    public String describe(String unit) {
        String left = remaining().map(d -> ", " + d.toSeconds() + " s left").orElse("");
        return String.format(java.util.Locale.ROOT, "%d/%d %s, %.1f/s%s", done, total, unit, perSecond(), left);
    }
}
