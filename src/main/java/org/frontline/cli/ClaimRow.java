package org.frontline.cli;

import java.util.LinkedHashMap;
import java.util.Map;
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
    /** The field names, in output order: JSON member names and the CSV header. */
    static final String[] FIELDS = {"id", "article", "published", "language", "place", "place_name", "place_id",
        "lat", "lon", "type", "side", "claimant", "claimant_kind", "status", "denied_by", "event_date",
        "event_precision", "quote", "quote_start", "quote_end", "confidence", "title", "outlet", "url"};

    boolean located() {
        return place.isPresent();
    }

    /** The fields by name, in {@link #FIELDS} order; absent values are null. */
    Map<String, Object> fields() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", claim.id());
        f.put("article", article.url() != null ? article.url() : article.source());
        f.put("published", article.published() == null ? null : article.published().toString());
        f.put("language", article.language());
        f.put("place", claim.placeText());
        f.put("place_name", place.map(Place::name).orElse(null));
        f.put("place_id", claim.placeId());
        f.put("lat", place.map(Place::lat).orElse(null));
        f.put("lon", place.map(Place::lon).orElse(null));
        f.put("type", claim.type().code());
        f.put("side", claim.side() == null ? null : claim.side().name());
        f.put("claimant", claim.claimant().name());
        f.put("claimant_kind", claim.claimant().kind().code());
        f.put("status", claim.status().code());
        f.put("denied_by", claim.deniedBy());
        f.put("event_date", claim.eventDate() == null ? null : claim.eventDate().date().toString());
        f.put("event_precision", claim.eventDate() == null ? null : claim.eventDate().precision().code());
        f.put("quote", claim.quote());
        f.put("quote_start", claim.quoteStart());
        f.put("quote_end", claim.quoteEnd());
        f.put("confidence", claim.confidence());
        f.put("title", article.title());
        f.put("outlet", article.outlet());
        f.put("url", article.url());
        return f;
    }
}
