package org.frontline.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.frontline.extract.ArticleText;
import org.frontline.extract.Extraction;
import org.frontline.extract.Extractor;
import org.frontline.extract.GazetteerPlaceLookup;
import org.frontline.gazetteer.GeocodeContext;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.Geocoder;
import org.frontline.geo.MapProjection;
import org.frontline.model.Claim;

/**
 * Precision and recall of (place, type, side) of the extractor on a labelled article set (one
 * JSON article a line, with gold {@code claims}). Shared by the held-out and the development set.
 *
 * <p>Per article, the unique (place, type, side) triples of the extractor are compared with the
 * unique gold triples. A gold place is the gazetteer place its name resolves to with its oblast as
 * context; an extracted place matches when it is the same place or lies within 5 km of it.
 * Unresolved extracted places never match. Status and claimant are not counted in the triple.
 *
 * <p>Not thread-safe: one score is filled by one test.
 */
final class TripleScore {
    record Triple(long placeId, double lat, double lon, String type, String side, String name) {
        boolean matches(Triple o) {
            return type.equals(o.type) && side.equals(o.side) && (placeId == o.placeId
                    || MapProjection.distanceMetres(lon, lat, o.lon, o.lat) < 5000);
        }

        @Override
        public String toString() {
            return type + "/" + side + " at " + name + " (" + placeId + ")";
        }
    }

    /** Counts of one language or of the whole set. */
    static final class Counts {
        int truePositives;
        int predicted;
        int gold;

        double precision() {
            return predicted == 0 ? 0 : truePositives / (double) predicted;
        }

        double recall() {
            return gold == 0 ? 0 : truePositives / (double) gold;
        }

        String line() {
            return String.format(Locale.ROOT, "%d gold, %d extracted, %d correct: precision %.3f, recall %.3f",
                    gold, predicted, truePositives, precision(), recall());
        }
    }

    /** The real extractor and geocoder, loaded once for every set scored in a test run. */
    private static final class Engine {
        static final Geocoder GEOCODER;
        static final Extractor EXTRACTOR;

        static {
            Gazetteer g = Gazetteer.loadDefault();
            GEOCODER = new Geocoder(g);
            EXTRACTOR = Extractor.withDefaultRules(new GazetteerPlaceLookup(g));
        }
    }

    /** What a test may print of a set: figures only (sets kept apart from rule work), or its misses too. */
    enum Shown { FIGURES, FIGURES_AND_MISSES }

    private final Extractor extractor = Engine.EXTRACTOR;
    private final Geocoder geocoder = Engine.GEOCODER;
    final Counts total = new Counts();
    final Map<String, Counts> byLanguage = new TreeMap<>();
    /** By claim type: gold and correct counted under the gold type, extracted under the extracted type. */
    final Map<String, Counts> byType = new TreeMap<>();
    /**
     * Kinds of spurious triples, counted without naming any article: right place and type but
     * another side, right place but another type, an unresolved place, a place the gold never names.
     */
    final Map<String, Integer> errorKinds = new TreeMap<>();
    /** Per article: gold triples not found ("missed") and extracted ones not in the gold ("spurious"). */
    final List<String> misses = new ArrayList<>();

    /**
     * Scores the set in {@code resource}, prints its figures (and its misses when {@code shown} allows),
     * and fails when precision or recall falls below its floor.
     */
    static TripleScore assertAtLeast(String resource, String setName, double precisionFloor, double recallFloor,
                                     Shown shown) throws IOException {
        TripleScore score = new TripleScore().score(resource);
        score.printFigures(setName);
        if (shown == Shown.FIGURES_AND_MISSES) {
            score.misses.forEach(m -> System.out.println("  " + m));
        }
        assertTrue(score.total.precision() >= precisionFloor, setName + ": precision " + score.total.precision());
        assertTrue(score.total.recall() >= recallFloor, setName + ": recall " + score.total.recall());
        return score;
    }

    /** Scores every article of a classpath resource. */
    TripleScore score(String resource) throws IOException {
        for (JsonNode a : articles(resource)) {
            score(a);
        }
        return this;
    }

    private void score(JsonNode a) {
        LocalDate published = LocalDate.parse(a.get("published").asText());
        String id = a.get("id").asText();
        Extraction e = extractor.extract(new ArticleText(a.get("text").asText(), a.get("language").asText(),
                published, a.path("outlet").asText(null), "eval-" + id));
        // one triple per place, type and side, however many spellings of the place the article uses
        Map<String, Triple> unique = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (Claim k : e.claims()) {
            assertTrue(keys.add(k.key()), id + ": two claims with key " + k.key() + " (the store keeps keys unique)");
            String triple = "|" + k.type().code() + "|" + side(k.side());
            if (k.placeId() != null) {
                var p = geocoder.gazetteer().byId(k.placeId()).orElseThrow();
                unique.putIfAbsent(k.placeId() + triple,
                        new Triple(k.placeId(), p.lat(), p.lon(), k.type().code(), side(k.side()), k.placeText()));
            } else {
                unique.putIfAbsent("?" + k.placeText() + triple,
                        new Triple(-1 - unique.size(), 0, 0, k.type().code(), side(k.side()), "?" + k.placeText()));
            }
        }
        Collection<Triple> got = unique.values();
        Set<Triple> want = goldTriples(a);
        Counts lang = byLanguage.computeIfAbsent(a.get("language").asText(), k -> new Counts());
        int correct = 0;
        for (Triple w : want) {
            boolean found = got.stream().anyMatch(w::matches);
            Counts t = byType.computeIfAbsent(w.type(), k -> new Counts());
            t.gold++;
            t.truePositives += found ? 1 : 0;
            if (found) {
                correct++;
            } else {
                misses.add(id + " missed   " + w);
            }
        }
        for (Triple g : got) {
            byType.computeIfAbsent(g.type(), k -> new Counts()).predicted++;
            if (want.stream().noneMatch(g::matches)) {
                misses.add(id + " spurious " + g);
                errorKinds.merge(g.type() + ": " + errorKind(g, want), 1, Integer::sum);
            }
        }
        for (Counts c : List.of(total, lang)) {
            c.truePositives += correct;
            c.predicted += got.size();
            c.gold += want.size();
        }
    }

    private Set<Triple> goldTriples(JsonNode a) {
        Set<Triple> out = new HashSet<>();
        for (JsonNode c : a.path("claims")) {
            String context = c.path("oblast").asText("") + " oblast";
            var best = geocoder.geocode(c.get("place").asText(), new GeocodeContext("en", context, List.of())).best();
            long placeId = best.map(b -> b.place().id()).orElse(-999L);
            double lat = best.map(b -> b.place().lat()).orElse(0.0);
            double lon = best.map(b -> b.place().lon()).orElse(0.0);
            out.add(new Triple(placeId, lat, lon, c.get("type").asText(),
                    c.path("side").isNull() ? "-" : c.path("side").asText("-"), c.get("place").asText()));
        }
        return out;
    }

    private static String errorKind(Triple g, Set<Triple> want) {
        if (g.placeId() < 0) {
            return "unresolved place";
        }
        boolean samePlace = false;
        for (Triple w : want) {
            Triple asGold = new Triple(g.placeId(), g.lat(), g.lon(), w.type(), w.side(), g.name());
            if (asGold.matches(w)) {
                samePlace = true;
                if (w.type().equals(g.type())) {
                    return "wrong side";
                }
            }
        }
        return samePlace ? "wrong type" : "place without such a gold claim";
    }

    /** Prints the aggregate, per-language and per-type figures and the kinds of spurious triples. */
    void printFigures(String setName) {
        System.out.println(setName + ": " + total.line());
        byLanguage.forEach((lang, c) -> System.out.println("  " + lang + ": " + c.line()));
        byType.forEach((type, c) -> System.out.println("  " + type + ": " + c.line()));
        System.out.println("  spurious: " + errorKinds);
    }

    private static String side(org.frontline.model.Side s) {
        return s == null ? "-" : s.name();
    }

    private static List<JsonNode> articles(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        InputStream in = TripleScore.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("missing test resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
