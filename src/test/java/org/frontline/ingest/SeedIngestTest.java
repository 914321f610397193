package org.frontline.ingest;

import static org.frontline.ingest.IngestFixture.articles;
import static org.frontline.ingest.IngestFixture.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.DateSource;
import org.frontline.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four seed articles, read from the shared folder (never copied), go in with their manifest dates. */
class SeedIngestTest {
    @TempDir
    Path dir;

    @Test
    void seedsAreStoredWithEstimatedManifestDates() throws Exception {
        Path seeds = Path.of(System.getProperty("frontline.seeds", "../shared/seeds"));
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("manifest.tsv")), "no seed folder at " + seeds);
        IngestSettings settings = IngestSettings.defaults().withManifest(Manifest.read(seeds.resolve("manifest.tsv")));
        try (Store store = Store.open(dir.resolve("seeds.db"))) {
            // The folder also holds a README.md, which a folder walk would take for an article: name the texts.
            Path[] texts;
            try (var files = Files.list(seeds)) {
                texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toArray(Path[]::new);
            }
            IngestReport r = IngestFixture.ingest(store, new LineClaimAnalyser(1), settings, texts);
            assertTrue(r.allStored(), problems(r));
            List<Article> stored = articles(store);
            assertTrue(stored.size() >= 4, problems(r));
            Article first = stored.get(0);
            assertTrue(first.source().endsWith("000_42373ad1fc61941d.txt"));
            assertEquals(LocalDate.of(2025, 2, 10), first.published());
            assertEquals(DateSource.MANIFEST, first.publishedSource());
            assertTrue(first.publishedEstimated());
            assertEquals("es", first.language());
            assertTrue(stored.stream().allMatch(Article::publishedEstimated));
        }
    }
}
