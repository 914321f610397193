package org.frontline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as stored. Immutable.
 *
 * @param id                store id (0 before it is stored)
 * @param contentHash       SHA-256 of the normalised text: the identity used for idempotent ingest
 * @param source            where it was read from: a file path, a corpus path with line, or a URL
 * @param title             title, or null
 * @param outlet            outlet name, or null
 * @param url               URL, or null
 * @param language          ISO 639-1 code detected or given, or null when it cannot be told
 * @param published         publication date, or null when unknown (never "today" by default)
 * @param publishedSource   how {@code published} was obtained
 * @param publishedEstimated true when the date is an estimate (for example a manifest says so)
 * @param text              the main text
 * @param demo              true for the shipped demonstration articles
 */
public record Article(long id, String contentHash, String source, String title, String outlet, String url,
                      String language, LocalDate published, DateSource publishedSource,
                      boolean publishedEstimated, String text, boolean demo) {
    public Article {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(publishedSource, "publishedSource");
        Objects.requireNonNull(text, "text");
    }

    public Article withId(long newId) {
        return new Article(newId, contentHash, source, title, outlet, url, language, published,
                publishedSource, publishedEstimated, text, demo);
    }
}
