package org.frontline.workspace;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.frontline.model.Place;

/**
 * The gazetteer seen through the store: places the user placed by hand and aliases the user added
 * come first, then the gazetteer's own. Immutable snapshot, thread-safe.
 */
final class StorePlaces implements PlaceDirectory {
    private final PlaceDirectory gazetteer;
    private final Map<Long, Place> userPlaces = new LinkedHashMap<>();
    private final Map<Long, List<String>> aliases;

    StorePlaces(PlaceDirectory gazetteer, List<Place> stored, Map<Long, List<String>> aliases) {
        this.gazetteer = gazetteer;
        stored.forEach(p -> userPlaces.put(p.id(), p));
        this.aliases = Map.copyOf(aliases);
    }

    @Override
    public Optional<Place> byId(long id) {
        Place p = userPlaces.get(id);
        return p != null ? Optional.of(p) : gazetteer.byId(id);
    }

    @Override
    public List<Place> search(String text, int max) {
        String q = fold(text);
        List<Place> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (Place p : userPlaces.values()) {
            if (fold(p.name()).startsWith(q)) {
                out.add(p);
            }
        }
        aliases.forEach((id, names) -> {
            if (names.stream().anyMatch(n -> fold(n).startsWith(q))) {
                byId(id).filter(p -> !out.contains(p)).ifPresent(out::add);
            }
        });
        for (Place p : gazetteer.search(text, max)) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    /** Lower case without accents, for matching names as typed. */
    static String fold(String s) {
        String d = Normalizer.normalize(s == null ? "" : s.strip(), Normalizer.Form.NFD);
        return d.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
