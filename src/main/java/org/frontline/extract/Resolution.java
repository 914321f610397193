package org.frontline.extract;

import java.util.List;
import java.util.Objects;
import org.frontline.model.Place;
import org.frontline.model.PlaceSuggestion;

/**
 * How a place name was resolved to a settlement. Immutable.
 *
 * @param place       the settlement, or null when the name could not be resolved with confidence
 * @param kind        how: exact, alias, inflected, transliterated, fuzzy, feature, anaphora or unresolved
 * @param confidence  geocoding certainty 0..1 (0 when unresolved)
 * @param suggestions candidates for review, most likely first
 */
public record Resolution(Place place, String kind, double confidence, List<PlaceSuggestion> suggestions) {
    public Resolution {
        Objects.requireNonNull(kind, "kind");
        suggestions = List.copyOf(suggestions == null ? List.of() : suggestions);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of 0..1: " + confidence);
        }
    }

    /** A name no settlement could be found for. */
    public static Resolution unresolved(List<PlaceSuggestion> suggestions) {
        return new Resolution(null, "unresolved", 0, suggestions);
    }

    public boolean resolved() {
        return place != null;
    }
}
