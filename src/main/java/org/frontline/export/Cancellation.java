package org.frontline.export;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop a long export, made on one thread (the viewer's Cancel button) and honoured on
 * another (the export thread) between two units of work: a frame, a layer. Cancellation is
 * cooperative: the export stops at its next check, cleans up its temporary files and throws
 * {@link CancellationException}.
 *
 * <p>Thread safety: thread-safe; once cancelled, a token stays cancelled.
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** A token nobody cancels (for the command line and tests). */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} when cancelled; exports call it between units of work. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new CancellationException("export cancelled");
        }
    }
}
