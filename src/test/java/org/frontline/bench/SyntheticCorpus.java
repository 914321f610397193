package org.frontline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.model.Place;

/**
 * A seeded, reproducible synthetic corpus for benchmarks: articles in the six languages, built from
 * our own sentence templates over the gazetteer's real places of the front-line oblasts and dates
 * in 2022-2025. About two thirds of the sentences carry a claim; the rest are denials, forecasts,
 * distance or direction mentions and filler, so the extractor does realistic work. Articles are
 * about 3 KB. The same seed and size always give the same file.
 *
 * <p>Run: {@code java -cp ... org.frontline.bench.SyntheticCorpus OUT.jsonl ARTICLES [SEED]}.
 */
public final class SyntheticCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LANGUAGES = {"en", "en", "en", "es", "fr", "de", "ru", "uk"};
    private static final LocalDate START = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 1400;

    private final List<Place> latinPlaces;
    private final List<String[]> cyrillic; // {russian-or-ukrainian name} per place, same order as cyrillicPlaces
    private final Random random;

    public SyntheticCorpus(Gazetteer gazetteer, long seed) {
        this.random = new Random(seed);
        List<Place> front = gazetteer.places().stream()
                .filter(p -> p.country().equals("UA") && List.of("04", "05", "07", "08", "14", "26").contains(p.admin1()))
                .sorted((a, b) -> Long.compare(a.id(), b.id()))
                .toList();
        this.latinPlaces = front;
        this.cyrillic = new ArrayList<>();
        for (Place p : front) {
            String cyr = gazetteer.namesOf(p.id()).stream().filter(n -> n.chars().anyMatch(ch -> ch >= 0x400 && ch < 0x500))
                    .findFirst().orElse(null);
            cyrillic.add(new String[] {cyr});
        }
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long t0 = System.nanoTime();
        new SyntheticCorpus(Gazetteer.loadDefault(), seed).write(out, n);
        System.err.printf("wrote %,d articles to %s in %.1f s%n", n, out, (System.nanoTime() - t0) / 1e9);
    }

    /** Writes {@code n} articles as JSONL. */
    public void write(Path out, int n) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(JSON.writeValueAsString(article(i)));
                w.newLine();
            }
        }
    }

    ObjectNode article(int index) {
        String lang = LANGUAGES[random.nextInt(LANGUAGES.length)];
        LocalDate published = START.plusDays(random.nextInt(DAYS));
        StringBuilder text = new StringBuilder();
        while (text.length() < 2900) {
            text.append(sentence(lang)).append(' ');
        }
        ObjectNode a = JSON.createObjectNode();
        a.put("id", "synthetic-" + index);
        a.put("title", "Synthetic report " + index);
        a.put("outlet", "Synthetic Wire");
        a.put("url", "synthetic://frontline/" + index);
        a.put("published", published.toString());
        a.put("language", lang);
        a.put("text", text.toString().trim());
        return a;
    }

    private String sentence(String lang) {
        int roll = random.nextInt(100);
        String[] kind = roll < 66 ? Templates.CLAIMS : roll < 72 ? Templates.DENIALS : roll < 78 ? Templates.FORECASTS
                : roll < 88 ? Templates.CONTEXT : Templates.FILLER;
        String template = Templates.pick(kind, lang, random);
        return template.replace("{place}", placeName(lang)).replace("{km}", Integer.toString(3 + random.nextInt(30)));
    }

    private String placeName(String lang) {
        boolean cyr = lang.equals("ru") || lang.equals("uk");
        for (int tries = 0; tries < 50; tries++) {
            int i = random.nextInt(latinPlaces.size());
            if (!cyr) {
                return latinPlaces.get(i).name();
            }
            if (cyrillic.get(i)[0] != null) {
                return cyrillic.get(i)[0];
            }
        }
        return latinPlaces.get(0).name();
    }
}
