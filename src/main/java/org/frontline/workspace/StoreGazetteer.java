package org.frontline.workspace;

import java.util.List;
import org.frontline.gazetteer.Alias;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.store.PlaceRepository;
import org.frontline.store.Store;

/**
 * The gazetteer a store works with: the shipped one plus the places and aliases the user imported
 * or added in review, which live in the store and survive upgrades.
 */
public final class StoreGazetteer {
    private StoreGazetteer() {
    }

    /** The shipped gazetteer extended by what {@code store} holds. */
    public static Gazetteer of(Gazetteer shipped, Store store) {
        PlaceRepository repo = new PlaceRepository(store);
        List<Alias> aliases = repo.aliases().stream()
                .map(a -> new Alias(a.placeId(), a.name(), a.lang() == null ? "user" : a.lang(), a.source()))
                .toList();
        var places = repo.loadAll();
        return places.isEmpty() && aliases.isEmpty() ? shipped : shipped.withPlaces(places, aliases);
    }
}
