package org.frontline.ingest;

import static org.frontline.ingest.IngestFixture.articles;
import static org.frontline.ingest.IngestFixture.ingest;
import static org.frontline.ingest.IngestFixture.problems;
import static org.frontline.ingest.IngestFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.DateSource;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatePrecedenceTest {
    private static final String HTML = "<html><head><meta property=\"article:published_time\" content=\"2024-01-02\">"
            + "</head><body><p>KYIV, January 3, 2024 — Made-up text.</p></body></html>";
    private static final String JSONL = "{\"text\":\"KYIV, January 3, 2024 — Made-up text.\",\"published\":\"2024-01-02\"}\n";

    @TempDir
    Path dir;

    private Article only(IngestSettings settings, Path file) {
        try (Store store = Store.open(dir.resolve(System.nanoTime() + ".db"))) {
            IngestReport r = ingest(store, new LineClaimAnalyser(1), settings, file);
            assertTrue(r.allStored(), problems(r));
            List<Article> all = articles(store);
            assertEquals(1, all.size());
            return all.get(0);
        }
    }

    private Manifest manifest(String tsv) throws Exception {
        return Manifest.read(write(dir.resolve("manifest.tsv"), tsv));
    }

    @Test
    void flagThenManifestThenEmbeddedThenDatelineThenUnknown() throws Exception {
        Path html = write(dir.resolve("page.html"), HTML);
        Path jsonl = write(dir.resolve("rows.jsonl"), JSONL);
        Path txt = write(dir.resolve("plain.txt"), "KYIV, January 3, 2024 — Made-up text.");
        Manifest m = manifest("file\tpublished\tdate_quality\npage.html\t2024-01-01\testimated\nrows.jsonl\t2024-01-01\t\n");
        IngestSettings none = IngestSettings.defaults();

        Article flagged = only(none.withManifest(m).withPublished(LocalDate.of(2023, 12, 31)), html);
        assertEquals(LocalDate.of(2023, 12, 31), flagged.published());
        assertEquals(DateSource.FLAG, flagged.publishedSource());

        Article manifested = only(none.withManifest(m), html);
        assertEquals(LocalDate.of(2024, 1, 1), manifested.published());
        assertEquals(DateSource.MANIFEST, manifested.publishedSource());
        assertTrue(manifested.publishedEstimated());
        Article manifestedRow = only(none.withManifest(m), jsonl);
        assertEquals(DateSource.MANIFEST, manifestedRow.publishedSource());
        assertFalse(manifestedRow.publishedEstimated());

        assertEquals(DateSource.HTML_META, only(none, html).publishedSource());
        Article corpus = only(none, jsonl);
        assertEquals(DateSource.CORPUS, corpus.publishedSource());
        assertEquals(LocalDate.of(2024, 1, 2), corpus.published());

        Article dated = only(none.withManifest(m), txt);
        assertEquals(DateSource.DATELINE, dated.publishedSource());
        assertEquals(LocalDate.of(2024, 1, 3), dated.published());
    }

    @Test
    void manifestMatchesRelativePathsThenNamesAndGivesLanguage() throws Exception {
        Path nested = write(dir.resolve("sub/dir/a.txt"), "Made-up text one.");
        Path byName = write(dir.resolve("other/b.txt"), "Made-up text two.");
        Manifest m = manifest("file\tpublished\tdate_quality\tlanguage\tnote\n"
                + "sub/dir/a.txt\t2024-04-01\testimated\tES\tfree text\n"
                + "b.txt\t2024-04-02\texact\t\t\n");
        Article a = only(IngestSettings.defaults().withManifest(m), nested);
        assertEquals(LocalDate.of(2024, 4, 1), a.published());
        assertTrue(a.publishedEstimated());
        assertEquals("es", a.language());
        Article b = only(IngestSettings.defaults().withManifest(m), byName);
        assertEquals(LocalDate.of(2024, 4, 2), b.published());
        assertFalse(b.publishedEstimated());
    }

    @Test
    void manifestBadDatesAreReportedWithTheirLinesAndMissingColumnsRefused() throws Exception {
        Manifest m = manifest("file\tpublished\nx.txt\t2025-02-30\ny.txt\t2024-02-29\n");
        assertEquals(1, m.size());
        assertEquals(2, m.problems().get(0).line());
        assertTrue(m.problems().get(0).reason().contains("2025-02-30"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> manifest("name\tdate\nx.txt\t2024-01-01\n"));
        assertTrue(e.getMessage().contains("'file' and 'published'"), e.getMessage());
    }

    @Test
    void theSeedManifestReadsAndMarksItsDatesEstimated() throws Exception {
        Path seeds = Path.of(System.getProperty("frontline.seeds", "../shared/seeds"), "manifest.tsv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(seeds), "no seed folder at " + seeds);
        Manifest m = Manifest.read(seeds);
        assertTrue(m.size() >= 4);
        assertTrue(m.problems().isEmpty(), m.problems().toString());
        Manifest.Entry e = m.entryFor(seeds.resolveSibling("000_42373ad1fc61941d.txt")).orElseThrow();
        assertTrue(e.estimated());
        assertEquals("es", e.language());
    }
}
