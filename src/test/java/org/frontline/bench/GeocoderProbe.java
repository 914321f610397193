package org.frontline.bench;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.frontline.gazetteer.GeocodeContext;
import org.frontline.gazetteer.Geocoder;
import org.frontline.store.Store;

/**
 * Geocoder lookups per second on one thread, over the place names as written in the store's
 * mentions (resolved and unresolved alike, in the corpus's languages), without context.
 */
final class GeocoderProbe {
    private GeocoderProbe() {
    }

    static double lookupsPerSecond(Geocoder geocoder, Path store) {
        List<String> names = names(store);
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += geocoder.geocode(names.get(i % names.size()), GeocodeContext.none()).candidates().size();
        }
        long n = 0;
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 1_500_000_000L) {
            for (int i = 0; i < 1000; i++, n++) {
                sink += geocoder.geocode(names.get((int) (n % names.size())), GeocodeContext.none()).candidates().size();
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        return sink < 0 ? 0 : n / s;
    }

    private static List<String> names(Path file) {
        try (Store store = Store.open(file)) {
            return store.read(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT text FROM place_mentions ORDER BY id LIMIT 5000")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
        }
    }
}
