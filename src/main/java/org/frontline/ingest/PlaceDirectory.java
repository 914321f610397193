package org.frontline.ingest;

import java.util.Optional;
import org.frontline.model.Place;

/**
 * The port through which listings look up the gazetteer place a claim was resolved to. The real
 * implementation is the gazetteer. Implementations must be safe for use from several threads.
 */
public interface PlaceDirectory {
    /** The place with this id, or empty when the directory does not know it. */
    Optional<Place> byId(long id);

    /** A directory that knows no place: every claim is listed as unresolved. */
    static PlaceDirectory empty() {
        return id -> Optional.empty();
    }
}
