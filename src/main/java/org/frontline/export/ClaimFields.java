package org.frontline.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;
import org.frontline.workspace.ClaimRecord;

/**
 * A claim flattened into named fields for GeoJSON properties, CSV columns and GeoPackage
 * attributes. The names and meanings are those of the {@code claims} command's JSON, so a script
 * written for one reads the other: {@code article} is the URL or else the source file,
 * {@code place} the name as written, {@code place_name} the gazetteer's name, dates ISO 8601.
 *
 * <p>Thread safety: stateless.
 */
public final class ClaimFields {
    /** The field names in output order. */
    public static final List<String> NAMES = List.of("id", "article", "published", "language", "place", "place_name",
            "place_id", "lat", "lon", "type", "side", "claimant", "claimant_kind", "status", "denied_by", "event_date",
            "event_precision", "quote", "quote_start", "quote_end", "confidence", "title", "outlet", "url");

    private ClaimFields() {
    }

    /** The fields of a claim by name, in {@link #NAMES} order; absent values are null. */
    public static Map<String, Object> of(ClaimRecord r) {
        var k = r.claim();
        var a = r.article();
        Place p = r.place();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("id", k.id());
        f.put("article", a.url() != null ? a.url() : a.source());
        f.put("published", a.published() == null ? null : a.published().toString());
        f.put("language", a.language());
        f.put("place", k.placeText());
        f.put("place_name", p == null ? null : p.name());
        f.put("place_id", k.placeId());
        f.put("lat", p == null ? null : p.lat());
        f.put("lon", p == null ? null : p.lon());
        f.put("type", k.type().code());
        f.put("side", k.side() == null ? null : k.side().name());
        f.put("claimant", k.claimant().name());
        f.put("claimant_kind", k.claimant().kind().code());
        f.put("status", k.status().code());
        f.put("denied_by", k.deniedBy());
        f.put("event_date", k.eventDate() == null ? null : k.eventDate().date().toString());
        f.put("event_precision", k.eventDate() == null ? null : k.eventDate().precision().code());
        f.put("quote", k.quote());
        f.put("quote_start", k.quoteStart());
        f.put("quote_end", k.quoteEnd());
        f.put("confidence", k.confidence());
        f.put("title", a.title());
        f.put("outlet", a.outlet());
        f.put("url", a.url());
        return f;
    }
}
