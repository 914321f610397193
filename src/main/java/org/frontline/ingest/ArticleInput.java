package org.frontline.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the ingester hands to an {@link ArticleAnalyser}: one article's canonical text and what is
 * known about it. Immutable.
 *
 * @param text        the canonical text (see {@link CanonicalText}); offsets of the analysis refer to it
 * @param language    ISO 639-1 code given by the corpus or manifest, or null when the analyser must tell
 * @param published   publication date, or null when unknown
 * @param outlet      outlet name, or null
 * @param contentHash SHA-256 of the text, the prefix of every mention and claim key
 */
public record ArticleInput(String text, String language, LocalDate published, String outlet, String contentHash) {
    public ArticleInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
