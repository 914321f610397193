package org.frontline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The test gazetteer: {@code places.tsv}, real settlements with their usual spellings. */
final class KnownPlaces {
    private static final TablePlaceLookup LOOKUP = load();
    private static final Map<Long, String> NAMES = names();

    private KnownPlaces() {
    }

    static TablePlaceLookup lookup() {
        return LOOKUP;
    }

    /** The preferred name of a test place, or "?" for null (unresolved). */
    static String name(Long id) {
        return id == null ? "?" : NAMES.getOrDefault(id, "#" + id);
    }

    private static TablePlaceLookup load() {
        try (InputStream in = KnownPlaces.class.getResourceAsStream("places.tsv")) {
            return TablePlaceLookup.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Long, String> names() {
        Map<Long, String> out = new HashMap<>();
        try (InputStream in = KnownPlaces.class.getResourceAsStream("places.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                    .forEach(l -> out.put(Long.parseLong(l.split("\t")[0]), l.split("\t")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
