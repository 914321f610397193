package org.frontline.extract;

import java.util.List;
import java.util.Objects;

/**
 * A known settlement name found in running text by a {@link PlaceLookup}. Immutable.
 *
 * @param start        offset of the name in the text
 * @param end          end offset (exclusive)
 * @param surface      the name as written, {@code text.substring(start, end)}
 * @param candidateIds gazetteer ids of the places the name may stand for, most likely first
 */
public record PlaceSpan(int start, int end, String surface, List<Long> candidateIds) {
    public PlaceSpan {
        Objects.requireNonNull(surface, "surface");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
        candidateIds = List.copyOf(candidateIds);
    }
}
