package org.frontline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Extraction throughput on one thread, for articles of about 3 KB in the six languages. Not a
 * test (surefire excludes *Bench*). Run with:
 *
 * <pre>
 * mvn -q -DbuildDir=target-ext test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.frontline.extract.ExtractorBench
 * </pre>
 *
 * or from an IDE; add the argument {@code gazetteer} to look places up in the real gazetteer
 * instead of the test table. Prints articles per second after a warm-up.
 */
public final class ExtractorBench {
    private static final String[] PARAGRAPHS = {
        "Russian forces captured the village of Krynky on Tuesday, the Russian defence ministry said. "
            + "Ukrainian troops were pushed back from Robotyne, and fighting continues around Siversk. "
            + "Analysts say Vovchansk could fall within days, seven kilometres from the border. ",
        "Las tropas rusas tomaron el control de Avdiivka el 17 de febrero, según el Ministerio de Defensa ruso. "
            + "Los combates continúan en Chasiv Yar, y las fuerzas rusas avanzan hacia Pokrovsk. ",
        "Les forces russes ont pris le contrôle de Bakhmout le 20 mai, selon le ministère russe de la Défense. "
            + "Kiev dément que ses troupes soient encerclées à Avdiïvka. ",
        "Russische Truppen haben Awdijiwka eingenommen, teilte das russische Verteidigungsministerium mit. "
            + "Kämpfe bei Tschassiw Jar dauern an. ",
        "Минобороны России сообщило, что российские войска освободили Торецк. "
            + "Киев опроверг заявление о том, что ВСУ в Покровске окружены. ",
        "Сили оборони звільнили Роботине, повідомив Генштаб ЗСУ. Вчора ворог обстріляв Херсон. ",
    };

    private ExtractorBench() {
    }

    public static void main(String[] args) {
        boolean gazetteer = args.length > 0 && args[0].equals("gazetteer");
        Extractor extractor = Extractor.withDefaultRules(gazetteer ? GazetteerPlaceLookup.loadDefault() : KnownPlaces.lookup());
        List<ArticleText> articles = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS.length; i++) {
            StringBuilder b = new StringBuilder();
            while (b.length() < 3000) {
                b.append(PARAGRAPHS[i]).append('\n');
            }
            articles.add(new ArticleText(b.toString(), null, LocalDate.of(2025, 2, 10), null, "bench" + i));
        }
        run(extractor, articles, 2_000);
        long n = 6_000;
        long t0 = System.nanoTime();
        int claims = run(extractor, articles, n);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s lookup: %d articles (~3 KB, 6 languages, language detected) in %.2f s: "
                + "%.0f articles/s, %d claims%n", gazetteer ? "gazetteer" : "table", n, seconds, n / seconds, claims);
    }

    private static int run(Extractor extractor, List<ArticleText> articles, long n) {
        int claims = 0;
        for (long i = 0; i < n; i++) {
            claims += extractor.extract(articles.get((int) (i % articles.size()))).claims().size();
        }
        return claims;
    }
}
