package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.frontline.model.Place;
import org.frontline.util.Lazy;

/**
 * The settlements Frontline knows, with every name each goes by, indexed for lookup.
 *
 * <p>{@link #loadDefault()} reads the shipped tables ({@code gazetteer/places.tsv},
 * {@code curated-places.tsv}, {@code aliases.tsv}, {@code regions.tsv}, {@code common-words.txt})
 * from the class path; {@link #withPlaces} adds places and aliases the user imported. Names of a
 * place are its primary name, then the source's alternate names, then aliases.
 *
 * <p>Thread safety: immutable (the name index is built once, on first use, under a lock); share one
 * instance freely.
 */
public final class Gazetteer {
    private final Map<Long, Place> places;
    private final Map<Long, List<String>> alternateNames;
    private final List<Alias> aliases;
    /** Places chosen by hand: curated places and the targets of shipped or user aliases (not bulk-imported ones). */
    private final Set<Long> curated = new HashSet<>();
    private final RegionNames regions;
    private final CommonWords commonWords;
    private final Supplier<Names> names = Lazy.of(this::buildNames);

    /** Every place's names and the index over them: built on first use, since opening a store does not need them. */
    private record Names(Map<Long, List<String>> byPlace, NameIndex index) {
    }

    private Gazetteer(Map<Long, Place> places, Map<Long, List<String>> alternateNames, List<Alias> aliases,
                      RegionNames regions, CommonWords commonWords) {
        this.places = Collections.unmodifiableMap(places);
        this.alternateNames = Collections.unmodifiableMap(alternateNames);
        this.aliases = List.copyOf(aliases);
        this.regions = regions;
        this.commonWords = commonWords;
        for (Alias a : this.aliases) {
            if (!places.containsKey(a.placeId())) {
                throw new IllegalArgumentException("alias '" + a.name() + "' points at unknown place " + a.placeId());
            }
            if (!"imported".equals(a.source())) {
                curated.add(a.placeId()); // shipped or added by the user, not bulk-imported
            }
        }
        places.values().stream().filter(p -> "curated".equals(p.source())).forEach(p -> curated.add(p.id()));
    }

    /**
     * True for a place someone chose by hand: a curated place or one a curated alias names (Lyman of
     * Donetsk oblast, whose Soviet name is listed, not the village of the same name near Kharkiv).
     */
    public boolean curated(long id) {
        return curated.contains(id);
    }

    /**
     * Builds the names and the name index now, on the calling thread (otherwise the first lookup
     * builds them); a viewer calls it in the background once its first map is drawn.
     */
    public void prepareNames() {
        names.get();
    }

    private Names buildNames() {
        Map<Long, List<String>> all = new HashMap<>(places.size() * 2);
        NameIndex.Builder b = new NameIndex.Builder();
        for (Place p : places.values()) {
            List<String> n = new ArrayList<>();
            n.add(p.name());
            b.add(p.id(), p.name(), NameKind.PRIMARY);
            for (String alt : alternateNames.getOrDefault(p.id(), List.of())) {
                n.add(alt);
                // a curated place's other names were chosen by hand, as its aliases are: current, not old
                b.add(p.id(), alt, "curated".equals(p.source()) ? NameKind.ALIAS : NameKind.ALTERNATE);
            }
            all.put(p.id(), n);
        }
        for (Alias a : this.aliases) {
            List<String> n = all.get(a.placeId());
            if (!n.contains(a.name())) {
                n.add(a.name());
            }
            b.add(a.placeId(), a.name(), NameKind.ALIAS);
        }
        all.replaceAll((k, v) -> List.copyOf(v));
        return new Names(Collections.unmodifiableMap(all), b.build());
    }

    /** The shipped gazetteer. Takes well under a second. */
    public static Gazetteer loadDefault() {
        Map<Long, Place> places = new LinkedHashMap<>(8192);
        Map<Long, List<String>> alts = new HashMap<>(8192);
        for (String file : List.of("gazetteer/places.tsv", "gazetteer/curated-places.tsv")) {
            for (GazetteerFiles.PlaceRow row : GazetteerFiles.places(file)) {
                if (places.put(row.place().id(), row.place()) != null) {
                    throw new IllegalStateException(file + ": duplicate place id " + row.place().id());
                }
                alts.put(row.place().id(), row.alternateNames());
            }
        }
        return new Gazetteer(places, alts, GazetteerFiles.aliases("gazetteer/aliases.tsv"),
                RegionNames.load("gazetteer/regions.tsv"), CommonWords.load("gazetteer/common-words.txt"));
    }

    /**
     * This gazetteer plus {@code extra} places and {@code extraAliases}; an extra place with the id of
     * a shipped one replaces it (its shipped alternate names stay). Aliases must point at a place of
     * the result.
     */
    public Gazetteer withPlaces(Collection<Place> extra, Collection<Alias> extraAliases) {
        Map<Long, Place> p = new LinkedHashMap<>(places);
        for (Place x : extra) {
            p.put(x.id(), x);
        }
        List<Alias> a = new ArrayList<>(aliases);
        a.addAll(extraAliases);
        return new Gazetteer(p, new HashMap<>(alternateNames), a, regions, commonWords);
    }

    public Optional<Place> byId(long id) {
        return Optional.ofNullable(places.get(id));
    }

    /** Every place, shipped ones first in file order. */
    public Collection<Place> places() {
        return places.values();
    }

    /** Every name of a place: primary, alternates, aliases; empty for an unknown id. */
    public List<String> namesOf(long id) {
        return names.get().byPlace().getOrDefault(id, List.of());
    }

    public List<Alias> aliases() {
        return aliases;
    }

    NameIndex index() {
        return names.get().index();
    }

    RegionNames regions() {
        return regions;
    }

    /** Whether a word is an everyday word that is also the name of a small place ("Sommer", "Victory"). */
    public boolean isCommonWord(String word) {
        return commonWords.contains(NameFolding.fold(word));
    }

    /** Whether a word names an oblast alone, with no region word ("Сумщину", "на Донеччині"). */
    public boolean namesRegionAlone(String word) {
        return regions.regionAlone(NameFolding.fold(word)) != null;
    }

    CommonWords commonWords() {
        return commonWords;
    }
}
