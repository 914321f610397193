package org.frontline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.Place;

/**
 * Reads settlements from a gazetteer table: tab-separated with a header naming at least
 * {@code id name lat lon}, and optionally {@code country admin1 admin2 feature_code population source
 * precision_m} (the layout of {@code gazetteer/places.tsv}). Stateless.
 */
public final class PlacesTsv {
    private PlacesTsv() {
    }

    public static List<Place> read(InputStream in, String what) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = r.readLine();
        if (header == null) {
            return List.of();
        }
        Map<String, Integer> col = new HashMap<>();
        String[] names = header.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            col.put(names[i].trim(), i);
        }
        for (String required : List.of("id", "name", "lat", "lon")) {
            if (!col.containsKey(required)) {
                throw new IOException(what + ": the header has no column " + required);
            }
        }
        List<Place> out = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                out.add(new Place(Long.parseLong(get(f, col, "id")), get(f, col, "name"),
                        Double.parseDouble(get(f, col, "lat")), Double.parseDouble(get(f, col, "lon")),
                        get(f, col, "country"), get(f, col, "admin1"), get(f, col, "admin2"),
                        get(f, col, "feature_code"), parseLong(get(f, col, "population")), get(f, col, "source"),
                        (int) parseLong(get(f, col, "precision_m"))));
            } catch (RuntimeException e) {
                throw new IOException(what + " line " + n + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String get(String[] f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= f.length ? "" : f[i].trim();
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }
}
