package org.frontline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One extractor shared by several threads gives the same results as one thread. */
class ExtractorThreadsTest {

    @Test
    void sharedExtractorIsThreadSafe() throws Exception {
        List<ArticleText> articles = List.of(
                new ArticleText("Russian forces captured Krynky on Tuesday, the Russian defence ministry said.\n"
                        + "Kyiv denied Moscow's claim that Ukrainian units in Kupiansk were surrounded.", null,
                        LocalDate.of(2024, 2, 22), null, "a"),
                new ArticleText("Las tropas rusas tomaron el control de Avdiivka el 17 de febrero.", null,
                        LocalDate.of(2024, 2, 20), null, "b"),
                new ArticleText("Минобороны России сообщило, что российские войска освободили Торецк.", null,
                        LocalDate.of(2025, 2, 10), null, "c"));
        List<Extraction> expected = articles.stream().map(Fixtures.EXTRACTOR::extract).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Extraction>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ArticleText a = articles.get(i % articles.size());
                futures.add(pool.submit(() -> Fixtures.EXTRACTOR.extract(a)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % articles.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
