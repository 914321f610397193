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
 * <p>A settlement no article mentions follows its <em>leader</em>: the nearest larger settlement
 * of the same country that has claims and whose reach ({@link RadiusRule#DEFAULT}) covers it. News
 * names cities, not their suburbs and satellite villages; without this rule a captured city would be
 * a small island in a sea of unmentioned neighbours still shown on their baseline side.
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
        followLeaders(list, byPlace);
        return new ClaimHistory(list, Map.copyOf(index), List.copyOf(byPlace), ignored);
    }

    /** Gives each settlement without claims the claims of its leader, if it has one (see the class comment). */
    private static void followLeaders(List<Place> places, List<List<Claim>> byPlace) {
        org.locationtech.jts.index.strtree.STRtree leaders = new org.locationtech.jts.index.strtree.STRtree();
        int count = 0;
        for (int i = 0; i < places.size(); i++) {
            if (!byPlace.get(i).isEmpty()) {
                Place p = places.get(i);
                leaders.insert(new org.locationtech.jts.geom.Envelope(p.lon(), p.lon(), p.lat(), p.lat()), i);
                count++;
            }
        }
        if (count == 0) {
            return;
        }
        List<List<Claim>> own = List.copyOf(byPlace);
        for (int i = 0; i < places.size(); i++) {
            if (!own.get(i).isEmpty()) {
                continue;
            }
            Place f = places.get(i);
            org.locationtech.jts.geom.Envelope around = new org.locationtech.jts.geom.Envelope(
                    f.lon() - 0.25, f.lon() + 0.25, f.lat() - 0.16, f.lat() + 0.16);
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (Object o : leaders.query(around)) {
                int j = (Integer) o;
                Place l = places.get(j);
                double d = org.frontline.geo.MapProjection.distanceMetres(f.lon(), f.lat(), l.lon(), l.lat());
                if (l.population() > f.population() && l.country().equals(f.country())
                        && d <= RadiusRule.DEFAULT.radiusMetres(l) && d < bestDistance) {
                    best = j;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                byPlace.set(i, own.get(best));
            }
        }
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
