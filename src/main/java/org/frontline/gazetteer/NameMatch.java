package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A gazetteer name found in running text. {@code text.substring(start, end)} equals {@link #surface()}.
 * Rank the candidates with {@link Geocoder#geocode(NameMatch, GeocodeContext)}. Immutable.
 */
public final class NameMatch {
    private final int start;
    private final int end;
    private final String surface;
    private final String key;
    private final MatchKind kind;
    private final List<Hit> hits;
    private final List<Long> placeIds;

    NameMatch(int start, int end, String surface, String key, MatchKind kind, List<Hit> hits) {
        this.start = start;
        this.end = end;
        this.surface = Objects.requireNonNull(surface);
        this.key = key;
        this.kind = kind;
        this.hits = List.copyOf(hits);
        List<Long> ids = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!ids.contains(h.placeId())) {
                ids.add(h.placeId());
            }
        }
        this.placeIds = List.copyOf(ids);
    }

    /** Offset of the first character, in UTF-16 units of the text. */
    public int start() {
        return start;
    }

    /** Offset just past the last character. */
    public int end() {
        return end;
    }

    /** The text as written. */
    public String surface() {
        return surface;
    }

    /** The folded key that matched (a stem for inflected forms, the adjective for features). */
    public String key() {
        return key;
    }

    /** How the span matched: EXACT, ALIAS, TRANSLITERATED, INFLECTED or FEATURE. */
    public MatchKind kind() {
        return kind;
    }

    /** Every place the span may name, unranked. */
    public List<Long> placeIds() {
        return placeIds;
    }

    List<Hit> hits() {
        return hits;
    }

    @Override
    public String toString() {
        return surface + "[" + start + "," + end + ")" + kind + placeIds;
    }
}
