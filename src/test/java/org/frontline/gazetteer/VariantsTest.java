package org.frontline.gazetteer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.frontline.model.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The variants table (src/test/resources/gazetteer/variants.tsv) against the shipped gazetteer. */
class VariantsTest {
    private static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = new Geocoder(Gazetteer.loadDefault());
    }

    static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                VariantsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    @Test
    void atLeast95PercentOfVariantsResolveWithin5Km() throws IOException {
        List<String> rows = lines("/gazetteer/variants.tsv");
        rows.remove(0);
        int ok = 0;
        List<String> failures = new ArrayList<>();
        for (String row : rows) {
            String[] c = row.split("\t");
            Place truth = new Place(0, c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]), "", "", "", "", 0, "", 0);
            GeocodeResult r = geocoder.geocode(c[0], GeocodeContext.none());
            double km = r.best().map(b -> CandidateRanking.kilometres(b.place(), truth)).orElse(Double.MAX_VALUE);
            if (km <= 5.0) {
                ok++;
            } else {
                failures.add(c[0] + " (" + c[1] + ") -> " + r.best().map(b -> b.place().name() + " " + b.kind()
                        + String.format(" %.0f km", km)).orElse("unresolved"));
            }
        }
        double rate = 100.0 * ok / rows.size();
        System.out.printf("variants: %d/%d = %.1f %% within 5 km%n", ok, rows.size(), rate);
        failures.forEach(f -> System.out.println("  miss: " + f));
        assertTrue(rows.size() >= 300, "table too small");
        assertTrue(rate >= 95.0, "top-1 rate " + rate + " % below 95 %; misses: " + failures);
    }

    @Test
    void nonExistentNamesStayUnresolved() throws IOException {
        List<String> resolved = new ArrayList<>();
        for (String name : lines("/gazetteer/nonexistent.txt")) {
            GeocodeResult r = geocoder.geocode(name, GeocodeContext.none());
            r.best().ifPresent(b -> resolved.add(name + " -> " + b.place().name() + " " + b.kind()));
        }
        assertTrue(resolved.isEmpty(), "resolved although they do not exist: " + resolved);
    }
}
