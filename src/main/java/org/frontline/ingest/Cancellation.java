package org.frontline.ingest;

/**
 * A request to stop an ingest run early, made from any thread (a viewer's Cancel button). The run
 * stops reading new input, stores the articles already analysed, each whole, and returns a report
 * marked cancelled.
 *
 * <p>Thread-safe: the flag is volatile and only ever goes from not cancelled to cancelled.
 */
public final class Cancellation {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
