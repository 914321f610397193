package org.frontline.ingest;

import org.frontline.model.Article;

/**
 * An article read, made canonical, hashed and dated, ready for analysis. Immutable.
 *
 * @param document     what the reader found
 * @param text         the canonical text
 * @param contentHash  its hash
 * @param date         the settled publication date
 * @param languageHint the language given by the corpus or manifest, or null
 */
record PreparedArticle(SourceDocument document, String text, String contentHash, PublicationDate date,
                       String languageHint) {
    ArticleInput input() {
        return new ArticleInput(text, languageHint, date.date(), document.outlet(), contentHash);
    }

    /** The article to store, in the language the analysis found (else the hint). */
    Article article(String language) {
        return new Article(0, contentHash, document.source(), document.title(), document.outlet(), document.url(),
                language != null ? language : languageHint, date.date(), date.source(), date.estimated(), text, false);
    }
}
