package org.frontline.ingest;

/**
 * What the reading side of an ingest run hands to its single writer. Every event but {@link End}
 * has a sequence number, given in reading order, so that the writer can store articles and report
 * problems in that order whatever order the parallel analyses finish in. Immutable.
 */
sealed interface PipelineEvent {
    /** The event's place in reading order. */
    long seq();

    /**
     * An article analysed, to be stored. It holds {@code permits} permits of the run's semaphore,
     * more for a long text (see {@link #permitsFor}), so that memory stays bounded by text size too.
     */
    record Analysed(long seq, PreparedArticle article, Analysis analysis, int permits) implements PipelineEvent {
    }

    /** An article already stored with the current analysis. */
    record Unchanged(long seq) implements PipelineEvent {
    }

    /** A problem with one input. */
    record Problem(long seq, IngestProblem problem) implements PipelineEvent {
    }

    /** Characters of text that cost one more permit. */
    int CHARS_PER_PERMIT = 64 * 1024;

    /** Permits an article of this length holds: one, plus one per 64 K characters, at most {@code all}. */
    static int permitsFor(int textLength, int all) {
        return (int) Math.min(all, 1L + textLength / CHARS_PER_PERMIT);
    }

    /** Reading is over; {@code seq} is the number of sequence numbers given out. */
    record End(long seq) implements PipelineEvent {
    }
}
