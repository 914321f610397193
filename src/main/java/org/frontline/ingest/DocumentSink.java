package org.frontline.ingest;

/**
 * Where a {@link DocumentReader} hands what it reads, one article or problem at a time, so that a
 * corpus of any size streams through without being held in memory. A sink may block (its queue
 * is full) and tells the reader when to stop.
 */
public interface DocumentSink {
    /** Takes one article. */
    void document(SourceDocument d);

    /** Takes one problem; the reader goes on with the next article when it can. */
    void problem(IngestProblem p);

    /** Records that {@code bytes} more bytes of input were consumed, for progress. */
    void consumed(long bytes);

    /** True when the reader should stop early (the run was cancelled). */
    boolean stopRequested();
}
