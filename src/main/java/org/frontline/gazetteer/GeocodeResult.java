package org.frontline.gazetteer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ranked candidates for one name, best first; none when the name is unknown. Immutable.
 *
 * @param query      the name as asked
 * @param candidates best first
 */
public record GeocodeResult(String query, List<Candidate> candidates) {
    public GeocodeResult {
        Objects.requireNonNull(query, "query");
        candidates = List.copyOf(candidates);
    }

    /** The best candidate; empty when the name is unresolved. */
    public Optional<Candidate> best() {
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    public boolean resolved() {
        return !candidates.isEmpty();
    }
}
