package org.frontline.gazetteer;

import java.util.List;

/**
 * Not a test: prints gazetteer load time, geocoder lookups per second on one thread over a mixed list
 * of mentions, and name-finder throughput on a 3 KB article. Run:
 * {@code mvn -q -B -DbuildDir=target-gaz test-compile exec:java -Dexec.mainClass=org.frontline.gazetteer.GeocoderBench -Dexec.classpathScope=test}
 */
public final class GeocoderBench {
    private GeocoderBench() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.loadDefault();
        System.out.printf("gazetteer load (cold JVM): %.0f ms, %d places%n", (System.nanoTime() - t0) / 1e6, g.places().size());
        t0 = System.nanoTime();
        g = Gazetteer.loadDefault();
        System.out.printf("gazetteer load (warm): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        Geocoder geocoder = new Geocoder(g);
        List<String> mentions = List.of("Bakhmut", "Бахмуте", "Avdeevka", "Авдіївки", "Chasiv Yar", "Часовом Яре", "Pokrovs'k",
                "Krasnoarmeysk", "Awdijiwka", "Zaporijia", "Kharkov", "Novoselivka", "Andriivka", "Velyka Novosilka",
                "Kupyansk", "Toretska mine", "Rodinovye", "Kramatorks", "Manchester", "Vuhledar", "Ugledar", "Marinka",
                "Selidovo", "Kurakhove", "Lyman", "Siversk", "Soledar", "Horlivka", "Donetsk", "Mariupol");
        int n = 0;
        for (int i = 0; i < 20_000; i++) {
            n += geocoder.geocode(mentions.get(i % mentions.size()), GeocodeContext.none()).candidates().size();
        }
        int rounds = 300_000;
        long t = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            n += geocoder.geocode(mentions.get(i % mentions.size()), GeocodeContext.none()).candidates().size();
        }
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("geocode: %.0f lookups/s on one thread (%d lookups, mixed list incl. fuzzy and unresolved)%n",
                rounds / s, rounds);
        String sentence = "Russian forces attacked positions near Chasiv Yar and Toretsk on Tuesday, the General Staff said, "
                + "while fighting continued в Бахмуте и под Авдеевкой, біля Покровська та у Торецьку. ";
        String article = sentence.repeat(3000 / sentence.length() + 1);
        NameFinder finder = new NameFinder(g);
        for (int i = 0; i < 2000; i++) {
            n += finder.find(article, "en").size();
        }
        int articles = 20_000;
        t = System.nanoTime();
        for (int i = 0; i < articles; i++) {
            n += finder.find(article, "en").size();
        }
        s = (System.nanoTime() - t) / 1e9;
        System.out.printf("name finder: %.0f articles/s of %d chars on one thread (checksum %d)%n", articles / s,
                article.length(), n);
    }
}
