package org.frontline.model;

import java.util.List;
import java.util.Objects;

/**
 * A place name found in an article, resolved or not. Immutable.
 *
 * <p>Invariant: {@code 0 <= start < end <= article text length}. An unresolved mention has a null
 * {@code placeId} and keeps its best {@code suggestions} for review.
 *
 * @param id          store id (0 before it is stored)
 * @param articleId   the article (0 before it is stored)
 * @param key         stable identity across re-ingest: content hash and start offset
 * @param text        the name as written
 * @param start       offset in the article text
 * @param end         end offset (exclusive)
 * @param role        why the place is named
 * @param placeId     resolved gazetteer place, or null
 * @param resolution  how it was resolved: exact, alias, inflected, transliterated, fuzzy, feature, unresolved
 * @param confidence  geocoding confidence 0..1
 * @param suggestions best candidates, most likely first (may be empty)
 */
public record PlaceMention(long id, long articleId, String key, String text, int start, int end, MentionRole role,
                           Long placeId, String resolution, double confidence, List<PlaceSuggestion> suggestions) {
    public PlaceMention {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(resolution, "resolution");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention offsets " + start + ".." + end);
        }
        suggestions = List.copyOf(suggestions == null ? List.of() : suggestions);
    }

    public boolean resolved() {
        return placeId != null;
    }
}
