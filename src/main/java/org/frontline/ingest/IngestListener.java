package org.frontline.ingest;

/**
 * Hears how an ingest run goes: a viewer's progress bar, the terminal, a test.
 *
 * <p>Thread safety: the {@link Ingester} calls a listener from the thread that called
 * {@link Ingester#ingest} only, never concurrently; a viewer must hand the values to its own UI
 * thread. Progress comes a few times per second at most, and once more at the end.
 */
public interface IngestListener {
    void progress(IngestProgress p);

    void problem(IngestProblem p);

    /** A listener that ignores everything. */
    static IngestListener silent() {
        return new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
            }

            @Override
            public void problem(IngestProblem p) {
            }
        };
    }
}
