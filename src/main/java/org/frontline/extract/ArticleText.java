package org.frontline.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The input of an extraction: an article's text and what is known about it. Immutable.
 *
 * @param text        the main text; offsets of the results point into it
 * @param language    ISO 639-1 code when known, or null to detect it
 * @param published   publication date, or null when unknown (relative dates then stay unresolved)
 * @param outlet      outlet name, the claimant of unattributed claims; may be null
 * @param contentHash the article's identity, used to build stable claim and mention keys
 */
public record ArticleText(String text, String language, LocalDate published, String outlet, String contentHash) {
    public ArticleText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
