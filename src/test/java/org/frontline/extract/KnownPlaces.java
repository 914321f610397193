package org.frontline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The test gazetteer: {@code places.tsv}, real settlements with their usual spellings. */
final class KnownPlaces {
    private static final TablePlaceLookup LOOKUP = load();

    private KnownPlaces() {
    }

    static TablePlaceLookup lookup() {
        return LOOKUP;
    }

    private static TablePlaceLookup load() {
        try (InputStream in = KnownPlaces.class.getResourceAsStream("places.tsv")) {
            return TablePlaceLookup.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
