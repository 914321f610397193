package org.frontline.ingest;

/**
 * The port through which the ingester asks for an article's place mentions and claims. The real
 * implementation is the claim extractor; tests use a small line-based analyser.
 *
 * <p>Contract: mention keys are {@code contentHash:start} and claim keys
 * {@code contentHash:mentionStart:type}, offsets refer to {@link ArticleInput#text()}, and the
 * article id of every returned mention and claim is ignored (the store assigns it).
 *
 * <p>Thread safety: implementations must be safe to call from several threads at once, since the
 * ingester analyses articles in parallel.
 */
public interface ArticleAnalyser {
    /** Finds the mentions and claims of one article; throws a runtime exception when it cannot. */
    Analysis analyse(ArticleInput in);

    /**
     * The version of the analysis. Articles stored with an older version are analysed again, and
     * their mentions and claims replaced, when they are ingested again.
     */
    int version();
}
