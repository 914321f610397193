package org.frontline.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.frontline.model.Place;
import org.frontline.model.Side;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Who held each settlement on the baseline date, before any claim: the state claims start from.
 * Immutable.
 *
 * <p>A place's side is decided by the first rule that applies: an explicit per-place side (from an
 * imported baseline polygon or a test); a whole admin-1 region ({@code region} lines: Crimea,
 * Sevastopol); in a {@code nearest} region (Donetsk and Luhansk oblasts), the side of the nearest
 * {@code key} settlement; the side of the place's country ({@code country} lines); else unknown.
 * The shipped rules are {@code data/baseline/2022-02-23.tsv}, described in its README.
 *
 * <p>Invariant: key settlements lie in {@code nearest} regions' neighbourhood; the nearest is found
 * by distance on the sphere (equirectangular, good to well under a percent at these ranges).
 */
public final class Baseline {
    /** A settlement whose side on the baseline date is known and anchors its neighbours. */
    public record KeySettlement(String name, double lat, double lon, Side side) {
    }

    private static final String SHIPPED = "data/baseline/2022-02-23.tsv";

    private final LocalDate date;
    private final Map<String, Side> countries;
    private final Map<String, Side> regions;
    private final Set<String> nearestRegions;
    private final List<KeySettlement> keys;
    private final Map<Long, Side> places;

    private Baseline(LocalDate date, Map<String, Side> countries, Map<String, Side> regions,
                     Set<String> nearestRegions, List<KeySettlement> keys, Map<Long, Side> places) {
        this.date = Objects.requireNonNull(date, "date");
        this.countries = Map.copyOf(countries);
        this.regions = Map.copyOf(regions);
        this.nearestRegions = Set.copyOf(nearestRegions);
        this.keys = List.copyOf(keys);
        this.places = Map.copyOf(places);
    }

    /** Every Ukrainian settlement UA, every Russian one RU, nothing else known. */
    public static Baseline byCountry(LocalDate date) {
        return new Baseline(date, Map.of("UA", Side.UA, "RU", Side.RU), Map.of(), Set.of(), List.of(), Map.of());
    }

    /** Exactly these places' sides, nothing else known: for tests and hand-made baselines. */
    public static Baseline ofPlaces(LocalDate date, Map<Long, Side> sides) {
        return new Baseline(date, Map.of(), Map.of(), Set.of(), List.of(), sides);
    }

    /**
     * The shipped baseline of 2022-02-23 from the class path, or {@link #byCountry} if it is missing;
     * read once per process (the control areas and the extractor's strike sides both use it).
     */
    public static Baseline shipped() {
        return Shipped.BASELINE;
    }

    /** Holds the shipped baseline, read on first use. */
    private static final class Shipped {
        static final Baseline BASELINE = readShipped();
    }

    private static Baseline readShipped() {
        try (InputStream in = Baseline.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                java.util.logging.Logger.getLogger(Baseline.class.getName())
                        .warning(SHIPPED + " is not on the class path: baseline by country only");
                return byCountry(ControlRules.DEFAULT.baselineDate());
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), ControlRules.DEFAULT.baselineDate());
        } catch (IOException e) {
            throw new IllegalStateException(SHIPPED + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads baseline rules: tab-separated {@code kind country admin1 side name lat lon}, {@code #} comments.
     * Kinds: {@code country}, {@code region}, {@code nearest} (side empty), {@code key}.
     */
    public static Baseline parse(Reader text, LocalDate date) throws IOException {
        Map<String, Side> countries = new HashMap<>();
        Map<String, Side> regions = new HashMap<>();
        Set<String> nearest = new HashSet<>();
        List<KeySettlement> keys = new ArrayList<>();
        BufferedReader in = new BufferedReader(text);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "country" -> countries.put(f[1], side(f[3]));
                    case "region" -> regions.put(f[1] + ":" + f[2], side(f[3]));
                    case "nearest" -> nearest.add(f[1] + ":" + f[2]);
                    case "key" -> keys.add(new KeySettlement(f[4], Double.parseDouble(f[5]),
                            Double.parseDouble(f[6]), side(f[3])));
                    default -> throw new IllegalArgumentException("unknown kind " + f[0]);
                }
            } catch (RuntimeException e) {
                throw new IOException("baseline line " + n + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return new Baseline(date, countries, regions, nearest, keys, Map.of());
    }

    private static Side side(String code) {
        return Side.parse(code).orElseThrow(() -> new IllegalArgumentException("side must be RU or UA: " + code));
    }

    public LocalDate date() {
        return date;
    }

    public List<KeySettlement> keySettlements() {
        return keys;
    }

    /** This baseline with these places' sides set explicitly (they win over every rule). */
    public Baseline withPlaces(Map<Long, Side> sides) {
        Map<Long, Side> all = new HashMap<>(places);
        all.putAll(sides);
        return new Baseline(date, countries, regions, nearestRegions, keys, all);
    }

    /**
     * This baseline with every place inside {@code polygonLonLat} (WGS84, valid) held by {@code side}:
     * an imported baseline layer. Places on the boundary count as inside.
     */
    public Baseline withPolygon(Geometry polygonLonLat, Side side, Collection<Place> candidates) {
        PreparedGeometry area = PreparedGeometryFactory.prepare(polygonLonLat);
        GeometryFactory gf = polygonLonLat.getFactory();
        Map<Long, Side> inside = new HashMap<>();
        for (Place p : candidates) {
            if (area.covers(gf.createPoint(new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat())))) {
                inside.put(p.id(), side);
            }
        }
        return withPlaces(inside);
    }

    /** The side holding a place on the baseline date, or null when unknown. */
    public Side sideOf(Place p) {
        Side explicit = places.get(p.id());
        if (explicit != null) {
            return explicit;
        }
        String region = p.country() + ":" + p.admin1();
        Side whole = regions.get(region);
        if (whole != null) {
            return whole;
        }
        if (nearestRegions.contains(region) && !keys.isEmpty()) {
            return nearestKey(p.lat(), p.lon()).side();
        }
        return countries.get(p.country());
    }

    /** The key settlement nearest to a point. */
    public KeySettlement nearestKey(double lat, double lon) {
        KeySettlement best = null;
        double bestD = Double.MAX_VALUE;
        double cos = Math.cos(Math.toRadians(lat));
        for (KeySettlement k : keys) {
            double dx = (k.lon() - lon) * cos;
            double dy = k.lat() - lat;
            double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    /** Every place's baseline state, in list order. */
    PlaceState[] statesOf(List<Place> list) {
        PlaceState[] out = new PlaceState[list.size()];
        for (int i = 0; i < out.length; i++) {
            Side s = sideOf(list.get(i));
            out[i] = s == null ? PlaceState.UNKNOWN : PlaceState.held(s);
        }
        return out;
    }
}
