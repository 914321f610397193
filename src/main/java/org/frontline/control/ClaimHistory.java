package org.frontline.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.frontline.model.Claim;
import org.frontline.model.Place;

/**
 * The settlements of a map and the claims made about them: what {@link ControlAreas} turns into
 * areas. Immutable.
 *
 * <p>Invariant: places have distinct ids and keep the order given; {@link #claimsOf(int)} holds only
 * the claims that can say something, those with a place of this history and an event date, in
 * event-date order, ties kept in store (id) order so that the later claim of a day wins.
 */
public final class ClaimHistory {
    private static final Comparator<Claim> EVENT_ORDER = Comparator
            .comparing((Claim c) -> c.eventDate().date())
            .thenComparingLong(Claim::id);

    private final List<Place> places;
    private final Map<Long, Integer> indexById;
    private final List<List<Claim>> claimsByPlace;
    private final int ignored;

    private ClaimHistory(List<Place> places, Map<Long, Integer> indexById, List<List<Claim>> claimsByPlace,
                         int ignored) {
        this.places = places;
        this.indexById = indexById;
        this.claimsByPlace = claimsByPlace;
        this.ignored = ignored;
    }

    /** Groups the claims by place; undated claims and claims about unknown places are counted and left out. */
    public static ClaimHistory of(Collection<Place> places, Collection<Claim> claims) {
        List<Place> list = List.copyOf(places);
        Map<Long, Integer> index = new HashMap<>(list.size() * 2);
        List<List<Claim>> byPlace = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (index.put(list.get(i).id(), i) != null) {
                throw new IllegalArgumentException("two places with id " + list.get(i).id());
            }
            byPlace.add(new ArrayList<>(0));
        }
        int ignored = 0;
        for (Claim c : claims) {
            Integer i = c.placeId() == null ? null : index.get(c.placeId());
            if (i == null || c.eventDate() == null) {
                ignored++;
            } else {
                byPlace.get(i).add(c);
            }
        }
        for (int i = 0; i < byPlace.size(); i++) {
            List<Claim> own = byPlace.get(i);
            own.sort(EVENT_ORDER);
            byPlace.set(i, own.isEmpty() ? List.of() : List.copyOf(own));
        }
        return new ClaimHistory(list, Map.copyOf(index), List.copyOf(byPlace), ignored);
    }

    public List<Place> places() {
        return places;
    }

    /** The index of a place in {@link #places()}, or -1. */
    public int indexOf(long placeId) {
        return indexById.getOrDefault(placeId, -1);
    }

    /** The usable claims about the place at this index, oldest first. */
    public List<Claim> claimsOf(int placeIndex) {
        return claimsByPlace.get(placeIndex);
    }

    /** How many claims were left out because they have no event date or no known place. */
    public int ignoredClaims() {
        return ignored;
    }

    @Override
    public String toString() {
        return "ClaimHistory[" + places.size() + " places, " + ignored + " claims ignored]";
    }

    static void requireSame(ClaimHistory a, ClaimHistory b) {
        if (!Objects.equals(a.places, b.places)) {
            throw new IllegalArgumentException("histories of different places");
        }
    }
}
