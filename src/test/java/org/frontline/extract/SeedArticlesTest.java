package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.frontline.model.Claim;
import org.frontline.model.MentionRole;
import org.frontline.model.PlaceMention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The four seed articles (read at run time from the folder named by the system property
 * {@code frontline.seeds}; never copied into the project) against the claims a careful reader
 * finds in them, following the annotation guideline.
 *
 * <p>Each claim the extractor returns must match a row; each {@code need} row must be matched by
 * its own claim; {@code may} rows allow readings that are defensible but not required (restated or
 * purpose-clause claims). {@code *} matches anything, {@code -} an empty side, {@code ?Name} an
 * unresolved place. Places in {@link #NO_CLAIM} must carry no claim at all.
 */
class SeedArticlesTest {

    /** file | place | type | side | status | claimant kind | event date | need/may. */
    static final String EXPECTED = """
            000 | Toretsk        | captured  | RU | asserted   | RU_SIDE     | 2025-02-10/day  | need
            000 | Toretsk        | fighting  | RU | asserted   | *           | *               | need
            000 | Toretsk        | advancing | RU | asserted   | *           | 2025-01-11/week | need
            000 | Toretsk        | withdrew  | UA | forecast   | RU_SIDE     | *               | need
            000 | Chasiv Yar     | withdrew  | UA | forecast   | RU_SIDE     | *               | need
            000 | Toretsk        | captured  | RU | asserted   | *           | *               | need
            000 | Toretsk        | captured  | *  | *          | *           | *               | may
            000 | Toretsk        | retaken   | *  | forecast   | *           | *               | may
            000 | Toretsk        | advancing | RU | forecast   | *           | *               | may
            001 | Rodynske       | advancing | RU | asserted   | RU_SIDE     | 2025-07-16/day  | need
            001 | ?Vneshenka     | withdrew  | UA | asserted   | RU_SIDE     | *               | need
            001 | ?Vneshenka     | fighting  | -  | asserted   | *           | *               | need
            001 | Kostiantynivka | fighting  | *  | asserted   | INDEPENDENT | *               | need
            001 | Rodynske       | captured  | *  | asserted   | *           | *               | may
            001 | ?Vneshenka     | withdrew  | *  | asserted   | *           | *               | may
            002 | Bakhmut        | advancing | RU | asserted   | RU_SIDE     | 2023-01-25/day  | need
            002 | Bakhmut        | fighting  | -  | asserted   | RU_SIDE     | *               | need
            002 | Bakhmut        | fighting  | RU | asserted   | *           | *               | need
            002 | Soledar        | advancing | RU | asserted   | RU_SIDE     | 2023-01-01/week | need
            002 | Bakhmut        | advancing | RU | asserted   | RU_SIDE     | *               | need
            002 | Bakhmut        | fighting  | RU | asserted   | UA_SIDE     | 2023-01-25/day  | need
            002 | Bakhmut        | advancing | RU | asserted   | INDEPENDENT | *               | need
            002 | Vuhledar       | fighting  | RU | asserted   | INDEPENDENT | *               | need
            002 | Bakhmut        | advancing | RU | asserted   | *           | *               | may
            002 | Bakhmut        | captured  | RU | forecast   | *           | *               | may
            003 | Bakhmut        | captured  | RU | historical | *           | *               | need
            003 | Pokrovsk       | fighting  | -  | asserted   | INDEPENDENT | *               | need
            003 | Pokrovsk       | fighting  | -  | asserted   | *           | *               | need
            003 | Pokrovsk       | encircled | RU | denied     | RU_SIDE     | *               | need
            003 | Pokrovsk       | captured  | RU | forecast   | INDEPENDENT | *               | need
            003 | Pokrovsk       | withdrew  | UA | forecast   | *           | *               | need
            003 | Myrnohrad      | withdrew  | UA | forecast   | *           | *               | need
            003 | Pokrovsk       | captured  | RU | forecast   | *           | *               | need
            003 | Pokrovsk       | withdrew  | *  | forecast   | *           | *               | may
            003 | Pokrovsk       | retaken   | *  | denied     | *           | *               | may
            """;

    /** Places named in a seed only for distance, direction, logistics, background or politics. */
    static final Map<String, List<String>> NO_CLAIM = Map.of(
            "000", List.of("Horlivka", "Yenakiieve", "Kostiantynivka", "Sloviansk", "Kramatorsk", "Donetsk"),
            "001", List.of("Pokrovsk", "Donetsk", "Dnipro", "?Rodinovye"),
            "002", List.of("Donetsk"),
            "003", List.of("Kyiv", "Moscow", "Donetsk", "Myrnohrad encircled"));

    record Row(String file, String place, String type, String side, String status, String claimant, String date,
               boolean need) {
        boolean matches(String place, Claim c) {
            return place.equals(this.place) && type.equals(c.type().code())
                    && (side.equals("*") || side.equals(c.side() == null ? "-" : c.side().name()))
                    && (status.equals("*") || status.equals(c.status().code()))
                    && (claimant.equals("*") || claimant.equals(c.claimant().kind().name()))
                    && (date.equals("*") || c.eventDate() != null && date.equals(c.eventDate().date() + "/"
                    + c.eventDate().precision().code()));
        }

        int wildcards() {
            return (int) List.of(side, status, claimant, date).stream().filter("*"::equals).count();
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : EXPECTED.strip().split("\n")) {
            String[] f = line.split("\\|");
            rows.add(new Row(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(), f[5].trim(),
                    f[6].trim(), f[7].trim().equals("need")));
        }
        return rows;
    }

    static Map<String, Extraction> extractSeeds(Extractor extractor) throws IOException {
        String dir = System.getProperty("frontline.seeds");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "seed articles not found (system property frontline.seeds = " + dir + "); skipping");
        Path seeds = Path.of(dir);
        Map<String, Extraction> out = new TreeMap<>();
        List<String> manifest = Files.readAllLines(seeds.resolve("manifest.tsv"));
        for (String line : manifest.subList(1, manifest.size())) {
            String[] f = line.split("\t");
            String text = Files.readString(seeds.resolve(f[0]));
            Extraction e = extractor.extract(new ArticleText(text, null, LocalDate.parse(f[1]), null, f[0]));
            assertEquals(f[3], e.language(), "detected language of " + f[0]);
            checkOffsets(text, e);
            out.put(f[0].substring(0, 3), e);
        }
        return out;
    }

    static void checkOffsets(String text, Extraction e) {
        for (Claim c : e.claims()) {
            assertEquals(text.substring(c.quoteStart(), c.quoteEnd()), c.quote(), "quote offsets of " + c.key());
        }
        for (PlaceMention m : e.mentions()) {
            assertTrue(m.end() <= text.length(), "mention inside the text: " + m.key());
        }
    }

    /** Checks every seed against the table; returns the list of problems (empty when all is well). */
    static List<String> problems(Map<String, Extraction> seeds, Function<Long, String> placeName) {
        List<String> problems = new ArrayList<>();
        List<Row> rows = rows();
        seeds.forEach((file, e) -> {
            List<Claim> unmatched = new ArrayList<>(e.claims());
            rows.stream().filter(r -> r.file().equals(file) && r.need())
                    .sorted(Comparator.comparingInt(Row::wildcards))
                    .forEach(r -> {
                        Claim hit = unmatched.stream().filter(c -> r.matches(name(c, placeName), c)).findFirst().orElse(null);
                        if (hit == null) {
                            problems.add("missing in " + file + ": " + r);
                        } else {
                            unmatched.remove(hit);
                        }
                    });
            for (Claim c : unmatched) {
                boolean allowed = rows.stream().anyMatch(r -> r.file().equals(file) && r.matches(name(c, placeName), c));
                if (!allowed) {
                    problems.add("unexpected in " + file + ": " + name(c, placeName) + " " + Fixtures.summary(c)
                            + " claimant=" + c.claimant() + " date=" + c.eventDate());
                }
            }
            for (String place : NO_CLAIM.getOrDefault(file, List.of())) {
                e.claims().stream().filter(c -> place.equals(name(c, placeName))
                                || place.equals(name(c, placeName) + " " + c.type().code()))
                        .forEach(c -> problems.add("claim on a context-only place in " + file + ": " + place));
            }
        });
        return problems;
    }

    static String name(Claim c, Function<Long, String> placeName) {
        return c.placeId() == null ? "?" + c.placeText() : placeName.apply(c.placeId());
    }

    @Test
    void seedClaimsMatchTheTable() throws IOException {
        Map<String, Extraction> seeds = extractSeeds(Fixtures.EXTRACTOR);
        assertEquals(List.of(), problems(seeds, KnownPlaces::name));
    }

    @Test
    void denialNamesTheDenierAndTheMineResolvesToItsTown() throws IOException {
        Map<String, Extraction> seeds = extractSeeds(Fixtures.EXTRACTOR);
        Claim encircled = seeds.get("003").claims().stream()
                .filter(c -> c.type().code().equals("encircled")).findFirst().orElseThrow();
        assertEquals("Ukraine", encircled.deniedBy());
        assertTrue(seeds.get("000").mentions().stream().anyMatch(m -> m.text().startsWith("Toretska")
                && "Toretsk".equals(KnownPlaces.name(m.placeId()))), "the mine named after Toretsk resolves to it");
        assertTrue(seeds.get("000").mentions().stream().anyMatch(m -> m.role() == MentionRole.DISTANCE
                && "Horlivka".equals(KnownPlaces.name(m.placeId()))), "Horlivka named for distance");
        assertTrue(seeds.get("000").mentions().stream().anyMatch(m -> m.role() == MentionRole.DIRECTION
                && "Kostiantynivka".equals(KnownPlaces.name(m.placeId()))), "Kostiantynivka named as a direction");
        assertTrue(seeds.get("001").mentions().stream().anyMatch(m -> m.placeId() == null
                && m.role() == MentionRole.CLAIM && m.resolution().equals("unresolved")), "the garbled name stays unresolved");
    }
}
