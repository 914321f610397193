package org.frontline.gazetteer;

import java.util.Objects;
import org.frontline.model.Place;

/**
 * One place a name may refer to. Immutable.
 *
 * @param place  the place (for {@link MatchKind#FEATURE}, a copy with a wider {@code precisionM})
 * @param score  confidence in [0, 1]; comparable between candidates of one result
 * @param kind   how the name matched
 * @param reason why this candidate ranks where it does, for review ("exact name; oblast UA-05 named in text")
 */
public record Candidate(Place place, double score, MatchKind kind, String reason) {
    public Candidate {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
    }
}
