package org.frontline.model;

import java.time.LocalDate;

/**
 * What a claim list needs to know of an article, without its text. Immutable.
 *
 * @param id                 store id
 * @param source             file path, corpus line or URL it was read from
 * @param title              title or null
 * @param outlet             outlet or null
 * @param url                URL or null
 * @param language           ISO 639-1 code or null
 * @param published          publication date or null when unknown
 * @param publishedSource    how the date was obtained
 * @param publishedEstimated whether the date is an estimate
 * @param demo               a shipped demonstration article
 */
public record ArticleInfo(long id, String source, String title, String outlet, String url, String language,
                          LocalDate published, DateSource publishedSource, boolean publishedEstimated, boolean demo) {
}
