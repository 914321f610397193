package org.frontline.workspace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.frontline.model.Place;
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

    /** The shipped gazetteer extended by what {@code store} holds (aliases of unknown places are left out). */
    public static Gazetteer of(Gazetteer shipped, Store store) {
        PlaceRepository repo = new PlaceRepository();
        List<Place> places = store.read(repo::all);
        Set<Long> ids = new HashSet<>();
        places.forEach(p -> ids.add(p.id()));
        List<Alias> aliases = new ArrayList<>();
        for (PlaceRepository.StoredAlias a : store.read(repo::storedAliases)) {
            if (ids.contains(a.placeId()) || shipped.byId(a.placeId()).isPresent()) {
                aliases.add(new Alias(a.placeId(), a.name(), a.lang() == null ? "user" : a.lang(), a.source()));
            }
        }
        return places.isEmpty() && aliases.isEmpty() ? shipped : shipped.withPlaces(places, aliases);
    }
}
