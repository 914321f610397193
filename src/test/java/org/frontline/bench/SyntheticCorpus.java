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
 * in 2022-2025. Articles are about {@value #ARTICLE_BYTES} bytes of UTF-8 text in paragraphs of
 * two to five sentences, and carry about ten claims each, as issue 8 specifies (a million claims
 * at 100,000 articles): about a fifth of the sentences carry a claim, a few are denials and
 * forecasts, some name a place for context only (distance, supply routes) and the rest are
 * narrative without a place, so the extractor does realistic work. The same seed and size always
 * give the same file.
 *
 * <p>Run: {@code java -cp ... org.frontline.bench.SyntheticCorpus OUT.jsonl ARTICLES [SEED]}.
 */
public final class SyntheticCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] LANGUAGES = {"en", "en", "en", "es", "fr", "de", "ru", "uk"};
    private static final LocalDate START = LocalDate.of(2022, 2, 24);
    private static final int DAYS = 1400;
    /** Size of an article's text in UTF-8 bytes (issue 4: 3 KB articles). */
    static final int ARTICLE_BYTES = 3000;
    /**
     * Cumulative shares (per cent) of the sentence kinds: claims, denials, forecasts, context-only
     * mentions; the rest is narrative. Tuned to about ten claims per article.
     */
    private static final int CLAIM_SHARE = 24;
    private static final int DENIAL_SHARE = CLAIM_SHARE + 3;
    private static final int FORECAST_SHARE = DENIAL_SHARE + 4;
    private static final int CONTEXT_SHARE = FORECAST_SHARE + 16;

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
        int bytes = 0;
        int sentences = 0; // in the current paragraph
        int paragraph = 2 + random.nextInt(4);
        while (bytes < ARTICLE_BYTES) {
            String gap = sentences == 0 ? "" : sentences < paragraph ? " " : "\n\n";
            if (gap.equals("\n\n")) {
                sentences = 0;
                paragraph = 2 + random.nextInt(4);
            }
            String sentence = sentence(lang);
            text.append(gap).append(sentence);
            bytes += gap.length() + sentence.getBytes(StandardCharsets.UTF_8).length;
            sentences++;
        }
        ObjectNode a = JSON.createObjectNode();
        a.put("id", "synthetic-" + index);
        a.put("title", "Synthetic report " + index);
        a.put("outlet", "Synthetic Wire");
        a.put("url", "synthetic://frontline/" + index);
        a.put("published", published.toString());
        a.put("language", lang);
        a.put("text", text.toString());
        return a;
    }

    private String sentence(String lang) {
        int roll = random.nextInt(100);
        String[] kind = roll < CLAIM_SHARE ? Templates.CLAIMS : roll < DENIAL_SHARE ? Templates.DENIALS
                : roll < FORECAST_SHARE ? Templates.FORECASTS : roll < CONTEXT_SHARE ? Templates.CONTEXT : Templates.FILLER;
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
