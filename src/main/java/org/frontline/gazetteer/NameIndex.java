package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookup tables of a {@link Gazetteer}: every name of every place under its folded key, its
 * Cyrillic stems, and the skeleton of each Latin spelling, plus buckets for fuzzy search.
 *
 * <p>Immutable once built, hence safe to share between threads.
 */
final class NameIndex {
    private final Map<String, List<NameEntry>> exact;
    private final Map<String, List<NameEntry>> stems;
    private final Map<String, List<NameEntry>> skeletons;
    private final Map<Character, List<NameEntry>> byFirstLetter;
    private final Set<Long> withCyrillicName;

    private NameIndex(Builder b) {
        this.withCyrillicName = Set.copyOf(b.withCyrillicName);
        this.exact = freeze(b.exact);
        this.stems = freeze(b.stems);
        this.skeletons = freeze(b.skeletons);
        Map<Character, List<NameEntry>> first = new HashMap<>();
        for (List<NameEntry> entries : this.skeletons.values()) {
            for (NameEntry e : entries) {
                if (e.mid().length() >= 4) {
                    first.computeIfAbsent(e.mid().charAt(0), k -> new ArrayList<>()).add(e);
                }
            }
        }
        first.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstLetter = Map.copyOf(first);
    }

    /** Entries whose folded name is exactly {@code key}. */
    List<NameEntry> exact(String key) {
        return exact.getOrDefault(key, List.of());
    }

    /** Entries of Cyrillic names one of whose stem variants is {@code stem}. */
    List<NameEntry> stem(String stem) {
        return stems.getOrDefault(stem, List.of());
    }

    /** Entries whose Latin spelling has this {@link LooseKey#skeleton}. */
    List<NameEntry> skeleton(String skeleton) {
        return skeletons.getOrDefault(skeleton, List.of());
    }

    /** Entries whose mid form starts with {@code c}, for fuzzy search. */
    List<NameEntry> startingWith(char c) {
        return byFirstLetter.getOrDefault(c, List.of());
    }

    /** True when the place has a name in Cyrillic letters. */
    boolean hasCyrillicName(long placeId) {
        return withCyrillicName.contains(placeId);
    }

    int size() {
        return exact.size();
    }

    private static Map<String, List<NameEntry>> freeze(Map<String, Map<Long, NameEntry>> m) {
        Map<String, List<NameEntry>> out = new HashMap<>(m.size() * 2);
        m.forEach((k, v) -> out.put(k, List.copyOf(v.values())));
        return Collections.unmodifiableMap(out);
    }

    /** Collects names; not thread-safe, used once by the gazetteer that owns the index. */
    static final class Builder {
        private final Map<String, Map<Long, NameEntry>> exact = new HashMap<>(1 << 16);
        private final Map<String, Map<Long, NameEntry>> stems = new HashMap<>(1 << 16);
        private final Map<String, Map<Long, NameEntry>> skeletons = new HashMap<>(1 << 16);
        private final Set<Long> withCyrillicName = new HashSet<>();

        /** Adds one name of one place. */
        Builder add(long placeId, String name, NameKind kind) {
            String key = NameFolding.fold(name);
            if (key.length() < 2) {
                return this;
            }
            if (NameFolding.isCyrillic(key)) {
                withCyrillicName.add(placeId);
                String mid = LooseKey.mid(Transliteration.nationalOfFolded(key));
                put(exact, key, new NameEntry(placeId, kind, mid));
                for (String s : Inflection.keyStems(key)) {
                    put(stems, s, new NameEntry(placeId, kind, mid));
                }
                for (String latin : Transliteration.latinKeys(name)) {
                    NameEntry e = new NameEntry(placeId, NameKind.TRANSLIT, LooseKey.mid(latin));
                    put(exact, latin, e);
                    put(skeletons, LooseKey.skeleton(e.mid()), e);
                }
            } else {
                NameEntry e = new NameEntry(placeId, kind, LooseKey.mid(key));
                put(exact, key, e);
                put(skeletons, LooseKey.skeleton(e.mid()), e);
            }
            return this;
        }

        NameIndex build() {
            return new NameIndex(this);
        }

        /**
         * Keeps, per key and place, the strongest kind of name ({@link NameKind#strength}): a curated alias
         * that GeoNames also lists ("Гуляйполе") stays a current name, not an old alternate one.
         */
        private static void put(Map<String, Map<Long, NameEntry>> m, String key, NameEntry e) {
            Map<Long, NameEntry> byPlace = m.computeIfAbsent(key, k -> new LinkedHashMap<>(2));
            NameEntry old = byPlace.get(e.placeId());
            if (old == null || e.kind().strength() > old.kind().strength()) {
                byPlace.put(e.placeId(), e);
            }
        }
    }
}
