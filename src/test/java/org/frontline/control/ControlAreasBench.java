package org.frontline.control;

import org.frontline.geo.MapProjection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.frontline.model.Claim;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Claimant;
import org.frontline.model.ClaimantKind;
import org.frontline.model.FuzzyDate;
import org.frontline.model.Place;
import org.frontline.model.Side;

/**
 * Measures the date slider on a synthetic store: 10,000 settlements over eastern Ukraine and
 * 100,000 claims over three years, most of them along a front that drifts west and back (seeded
 * random, so every run sees the same data). Not a test (surefire skips {@code *Bench*}); run with
 * {@code src/test/scripts/bench-control.sh}. Prints: build time, one-day slider steps, jumps across the
 * whole range (first visit and revisit), the cost of merged areas for export, and cache memory.
 */
public final class ControlAreasBench {
    private static final LocalDate START = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 3 * 365;

    public static void main(String[] args) {
        Random random = new Random(42);
        List<Place> places = places(random, 10_000);
        List<Claim> claims = claims(random, places, 100_000);
        Map<Long, Side> baseline = new HashMap<>();
        for (Place p : places) {
            baseline.put(p.id(), p.lon() > frontLon(0) + 0.6 ? Side.RU : Side.UA);
        }
        long tc = System.nanoTime();
        InfluenceMap.build(places, MapProjection.lcc(), RadiusRule.DEFAULT, LandClip.NONE, 15_000);
        System.out.printf("cells alone: %d ms%n", ms(tc));
        long t0 = System.nanoTime();
        ClaimHistory history = ClaimHistory.of(places, claims);
        ControlAreas areas = new ControlAreas(history).setTileMetres(Double.parseDouble(System.getProperty("tile", "15000")))
                .setBaseline(Baseline.ofPlaces(ControlRules.DEFAULT.baselineDate(), baseline));
        ControlSnapshot first = areas.at(START, ControlView.ALL);
        System.out.printf("build (cells, timelines, first snapshot): %d ms; %s%n", ms(t0), first);
        System.out.println("change dates in view ALL: " + areas.changeDates(ControlView.ALL).size());

        double[] steps = new double[300];
        LocalDate date = START.plusDays(200);
        areas.at(date, ControlView.ALL);
        for (int i = 0; i < steps.length; i++) {
            date = date.plusDays(1);
            long t = System.nanoTime();
            ControlSnapshot s = areas.at(date, ControlView.ALL);
            touch(s);
            steps[i] = (System.nanoTime() - t) / 1e6;
        }
        report("slider step, one day forward (first visit)", steps);
        for (int i = 0; i < steps.length; i++) {
            date = date.minusDays(1);
            long t = System.nanoTime();
            touch(areas.at(date, ControlView.ALL));
            steps[i] = (System.nanoTime() - t) / 1e6;
        }
        report("slider step, one day back (revisit)", steps);

        LocalDate end = START.plusDays(DAYS - 1);
        double[] jumps = new double[10];
        for (int i = 0; i < jumps.length; i++) {
            LocalDate to = i % 2 == 0 ? end.minusDays(i) : START.plusDays(i);
            long t = System.nanoTime();
            touch(areas.at(to, ControlView.ALL));
            jumps[i] = (System.nanoTime() - t) / 1e6;
        }
        report("jump across the whole range (new dates)", jumps);
        for (int i = 0; i < jumps.length; i++) {
            long t = System.nanoTime();
            touch(areas.at(i % 2 == 0 ? end : START, ControlView.ALL));
            jumps[i] = (System.nanoTime() - t) / 1e6;
        }
        report("jump across the whole range (revisited ends)", jumps);

        long t = System.nanoTime();
        ControlSnapshot last = areas.at(end, ControlView.ALL);
        for (AreaKind k : AreaKind.values()) {
            last.area(k);
        }
        last.frontLine();
        System.out.printf("merged MultiPolygons + front line for export: %d ms%n", ms(t));
        t = System.nanoTime();
        areas.at(START.plusDays(500), ControlView.RU);
        System.out.printf("first use of another view (RU): %d ms%n", ms(t));
        System.out.println("cache: " + areas.cacheReport());
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after GC (places, claims, cells, timelines, cache): %.0f MB%n",
                (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    private static void touch(ControlSnapshot s) {
        for (AreaKind k : AreaKind.values()) {
            s.pieces(k).size();
        }
        s.frontLinePieces().size();
    }

    private static void report(String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms, max %.1f ms (n=%d)%n", what,
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1], ms.length);
    }

    private static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    /** The longitude of the synthetic front on a day: drifts west for two years, then back. */
    private static double frontLon(int day) {
        return 38.4 - 1.2 * Math.sin(Math.PI * day / (DAYS * 1.3));
    }

    private static List<Place> places(Random random, int n) {
        List<Place> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lat = 46.8 + random.nextDouble() * 3.4;
            double lon = 34.5 + random.nextDouble() * 5.5;
            long pop = (long) Math.pow(10, 2 + random.nextDouble() * random.nextDouble() * 4);
            out.add(new Place(1_000_000 + i, "P" + i, lat, lon, "UA", "05", "", "PPL", pop, "bench", 500));
        }
        return out;
    }

    private static List<Claim> claims(Random random, List<Place> places, int n) {
        Place[] byLon = places.toArray(new Place[0]);
        Arrays.sort(byLon, (a, b) -> Double.compare(a.lon(), b.lon()));
        double[] lons = Arrays.stream(byLon).mapToDouble(Place::lon).toArray();
        ClaimType[] types = ClaimType.values();
        List<Claim> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int day = random.nextInt(DAYS);
            Place p;
            ClaimType type;
            Side side;
            if (random.nextInt(4) > 0) {
                double target = frontLon(day) + random.nextGaussian() * 0.08;
                int k = Math.abs(Arrays.binarySearch(lons, target) + 1);
                p = byLon[Math.min(byLon.length - 1, Math.max(0, k + random.nextInt(41) - 20))];
                boolean east = p.lon() > frontLon(day);
                type = random.nextInt(3) == 0 ? ClaimType.FIGHTING : ClaimType.CAPTURED;
                side = east ? Side.RU : Side.UA;
            } else {
                p = places.get(random.nextInt(places.size()));
                type = random.nextInt(2) == 0 ? ClaimType.SHELLED : types[random.nextInt(types.length)];
                side = random.nextBoolean() ? Side.RU : Side.UA;
            }
            ClaimStatus status = random.nextInt(20) == 0 ? ClaimStatus.DENIED
                    : random.nextInt(30) == 0 ? ClaimStatus.FORECAST : ClaimStatus.ASSERTED;
            ClaimantKind kind = ClaimantKind.values()[random.nextInt(4)];
            out.add(new Claim(i + 1, 1, "b:" + i, p.name(), p.id(), type, side, new Claimant("bench", kind), status,
                    null, FuzzyDate.day(START.plusDays(day)), "q", 0, 1, 0.8));
        }
        return out;
    }
}
