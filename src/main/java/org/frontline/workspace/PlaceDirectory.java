package org.frontline.workspace;

import java.util.List;
import java.util.Optional;
import org.frontline.model.Place;

/**
 * Where the viewer finds places: by id for claims, by any of their names for the search box and
 * the review queue. A port: the gazetteer ({@code org.frontline.gazetteer.Gazetteer} and its
 * {@code Geocoder}) implements it in the application; tests use a small table.
 *
 * <p>Implementations must be thread-safe: the catalog loads on a background thread.
 */
public interface PlaceDirectory {
    /** The place with this id, if known. */
    Optional<Place> byId(long id);

    /** Places whose names (any language or script, aliases included) match {@code text}, best first. */
    List<Place> search(String text, int max);

    /** A directory that knows no place. */
    static PlaceDirectory empty() {
        return Empty.INSTANCE;
    }

    /** Holder of the empty directory. */
    final class Empty {
        static final PlaceDirectory INSTANCE = new PlaceDirectory() {
            @Override
            public Optional<Place> byId(long id) {
                return Optional.empty();
            }

            @Override
            public List<Place> search(String text, int max) {
                return List.of();
            }
        };

        private Empty() {
        }
    }
}
