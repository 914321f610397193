package org.frontline.ingest;

/**
 * What the reading side of an ingest run hands to its single writer. Every event but {@link End}
 * has a sequence number, given in reading order, so that the writer can store articles and report
 * problems in that order whatever order the parallel analyses finish in. Immutable.
 */
sealed interface PipelineEvent {
    /** The event's place in reading order. */
    long seq();

    /** An article analysed, to be stored. */
    record Analysed(long seq, PreparedArticle article, Analysis analysis) implements PipelineEvent {
    }

    /** An article already stored with the current analysis. */
    record Unchanged(long seq, PreparedArticle article) implements PipelineEvent {
    }

    /** A problem with one input. */
    record Problem(long seq, IngestProblem problem) implements PipelineEvent {
    }

    /** Reading is over; {@code seq} is the number of sequence numbers given out. */
    record End(long seq) implements PipelineEvent {
    }
}
