package org.frontline.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GeocodeContext;
import org.frontline.gazetteer.Geocoder;
import org.frontline.model.Place;
import org.frontline.util.Lazy;

/**
 * The gazetteer as the viewer's place directory: ids through {@link Gazetteer#byId}, names (any
 * script or spelling, aliases, inflected forms) through the {@link Geocoder}, plus a prefix match
 * on preferred names so that suggestions appear while the user types. Thread-safe.
 */
public final class GazetteerPlaces implements PlaceDirectory {
    private final Gazetteer gazetteer;
    private final Supplier<Geocoder> geocoder;

    /** The geocoder (and the gazetteer's name index under it) is made by the first search, not when a store opens. */
    public GazetteerPlaces(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geocoder = Lazy.of(() -> new Geocoder(gazetteer));
    }

    @Override
    public Optional<Place> byId(long id) {
        return gazetteer.byId(id);
    }

    @Override
    public List<Place> search(String text, int max) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || max <= 0) {
            return List.of();
        }
        Map<Long, Place> found = new LinkedHashMap<>();
        for (Candidate c : geocoder.get().geocode(q, GeocodeContext.none()).candidates()) {
            found.putIfAbsent(c.place().id(), c.place());
        }
        if (found.size() < max && q.length() >= 2) {
            String prefix = q.toLowerCase(java.util.Locale.ROOT);
            gazetteer.places().stream()
                    .filter(p -> p.name().toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                    .sorted((a, b) -> Long.compare(b.population(), a.population()))
                    .limit(max)
                    .forEach(p -> found.putIfAbsent(p.id(), p));
        }
        return new ArrayList<>(found.values()).subList(0, Math.min(max, found.size()));
    }
}
