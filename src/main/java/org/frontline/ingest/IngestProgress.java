package org.frontline.ingest;

import java.time.Duration;
import java.util.Optional;

/**
 * A snapshot of an ingest run, for a progress bar or a terminal line. Immutable.
 *
 * @param added        articles stored for the first time
 * @param unchanged    articles already stored with the current analysis
 * @param reextracted  stored articles whose mentions and claims were replaced by a newer analysis
 * @param failed       articles (or whole files) that could not be stored
 * @param claims       claims stored by this run
 * @param unresolvedClaims claims stored by this run whose place is not resolved
 * @param bytesRead    bytes of input read so far
 * @param bytesTotal   bytes of all inputs (the walk measures them first)
 * @param elapsed      time since the run started
 */
public record IngestProgress(long added, long unchanged, long reextracted, long failed, long claims,
                             long unresolvedClaims, long bytesRead, long bytesTotal, Duration elapsed) {
    /** Articles finished so far, in whatever way. */
    public long articlesDone() {
        return added + unchanged + reextracted + failed;
    }

    /** Articles finished per second since the start. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : articlesDone() / seconds;
    }

    /** Fraction of the input read, 0..1. */
    public double fraction() {
        return bytesTotal <= 0 ? 1 : Math.min(1, (double) bytesRead / bytesTotal);
    }

    /** Time left at the pace so far, judged by the bytes read; empty before there is a pace. */
    public Optional<Duration> remaining() {
        if (bytesRead <= 0 || elapsed.isZero()) {
            return Optional.empty();
        }
        double left = elapsed.toNanos() * (double) Math.max(0, bytesTotal - bytesRead) / bytesRead;
        return Optional.of(Duration.ofNanos((long) left));
    }
}
