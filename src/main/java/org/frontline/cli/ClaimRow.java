package org.frontline.cli;

import java.util.Map;
import org.frontline.export.ClaimFields;
import org.frontline.model.ArticleInfo;
import org.frontline.workspace.ClaimRecord;
import java.util.Optional;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.model.Place;

/**
 * One claim as the {@code claims} command lists it: the claim with its article and its place
 * flattened into named fields. Immutable.
 *
 * @param claim   the stored claim
 * @param article its article
 * @param place   the gazetteer place it was resolved to, or empty (unresolved, or unknown to the gazetteer)
 */
record ClaimRow(Claim claim, Article article, Optional<Place> place) {
    /** The field names, in output order: JSON member names and the CSV header (shared with the data exports). */
    static final String[] FIELDS = ClaimFields.NAMES.toArray(String[]::new);

    boolean located() {
        return place.isPresent();
    }

    /** The fields by name, in {@link #FIELDS} order; absent values are null. */
    Map<String, Object> fields() {
        ArticleInfo info = new ArticleInfo(article.id(), article.source(), article.title(), article.outlet(),
                article.url(), article.language(), article.published(), article.publishedSource(),
                article.publishedEstimated(), article.demo());
        return ClaimFields.of(new ClaimRecord(claim, info, place.orElse(null)));
    }
}
