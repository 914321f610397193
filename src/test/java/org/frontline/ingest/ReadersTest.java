package org.frontline.ingest;

import static org.frontline.ingest.IngestFixture.articles;
import static org.frontline.ingest.IngestFixture.ingest;
import static org.frontline.ingest.IngestFixture.problems;
import static org.frontline.ingest.IngestFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.Article;
import org.frontline.model.DateSource;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    @TempDir
    Path dir;

    private Store open() {
        return Store.open(dir.resolve("store.db"));
    }

    @Test
    void markdownGivesTitleAndPlainText() {
        Path f = write(dir.resolve("note.md"), "# Front report\n\nTroops **entered** the [village](http://x.test/v).\n"
                + "![map](map.png)\n");
        try (Store store = open()) {
            ingest(store, f);
            Article a = articles(store).get(0);
            assertEquals("Front report", a.title());
            assertEquals("Front report\n\nTroops entered the village.", a.text());
        }
    }

    @Test
    void htmlKeepsTheMainTextAndDropsBoilerplate() {
        String html = """
                <!DOCTYPE html><html lang="uk-UA"><head>
                <title>Page title</title>
                <meta property="og:site_name" content="Test Outlet">
                <meta property="article:published_time" content="2024-03-05T21:30:00+02:00">
                <link rel="canonical" href="https://news.test/a/1">
                <script>document.write('SCRIPT TEXT')</script><style>p{}</style>
                </head><body>
                <nav>NAV MENU</nav><header>SITE HEADER</header>
                <article><h1>Headline</h1><p>First   paragraph.</p><!-- COMMENT --><p>Second<br>line.</p>
                <aside>RELATED LINKS</aside><form>SUBSCRIBE FORM</form></article>
                <footer>COPYRIGHT</footer><script>alert('x')</script>
                </body></html>""";
        Path f = write(dir.resolve("page.html"), html);
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            assertTrue(r.allStored(), problems(r));
            Article a = articles(store).get(0);
            assertEquals("Headline\n\nFirst paragraph.\n\nSecond\nline.", a.text());
            for (String junk : List.of("NAV", "HEADER", "SCRIPT", "COMMENT", "RELATED", "SUBSCRIBE", "COPYRIGHT", "alert")) {
                assertFalse(a.text().contains(junk), junk);
            }
            assertEquals("Page title", a.title());
            assertEquals("Test Outlet", a.outlet());
            assertEquals("https://news.test/a/1", a.url());
            assertEquals("uk", a.language());
            assertEquals(LocalDate.of(2024, 3, 5), a.published());
            assertEquals(DateSource.HTML_META, a.publishedSource());
        }
    }

    @Test
    void htmlDateComesFromJsonLdOrTimeOrMetaDateAndABadOneIsReportedWithItsLine() {
        write(dir.resolve("in/1.html"), "<html><head><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-02T08:00:00Z\"}</script></head>"
                + "<body><p>Json-ld dated.</p></body></html>");
        write(dir.resolve("in/2.html"), "<html><body><main><time datetime=\"2023-11-03\">3 Nov</time>"
                + "<p>Time dated.</p></main></body></html>");
        write(dir.resolve("in/3.html"), "<html><head>\n<meta property=\"article:published_time\" content=\"2025-02-30\">\n"
                + "<meta name=\"date\" content=\"2023-11-04\"></head><body><p>Meta dated.</p></body></html>");
        try (Store store = open()) {
            IngestReport r = ingest(store, dir.resolve("in"));
            List<LocalDate> dates = articles(store).stream().map(Article::published).toList();
            assertEquals(List.of(LocalDate.of(2023, 11, 2), LocalDate.of(2023, 11, 3), LocalDate.of(2023, 11, 4)), dates);
            IngestProblem bad = r.problems().get(0);
            assertEquals(dir.resolve("in/3.html"), bad.file());
            assertEquals(2, bad.line());
            assertTrue(bad.reason().contains("2025-02-30"), bad.reason());
        }
    }

    @Test
    void jsonlGoodLinesLoadAndBadOnesAreReportedWithLineNumbers() {
        Path f = write(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"text\":\"First row.\",\"title\":\"T1\",\"url\":\"https://news.test/1\",\"outlet\":\"Wire\","
                        + "\"published\":\"2024-02-01\",\"language\":\"EN\"}",
                "{\"text\": \"broken",
                "",
                "[1,2]",
                "{\"title\":\"no text\"}",
                "{\"text\":\"Bad date row.\",\"published\":\"2025-02-30\"}",
                "{\"text\":\"Last row.\"}"));
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            List<Article> stored = articles(store);
            assertEquals(3, stored.size(), problems(r));
            Article first = stored.get(0);
            assertEquals(f + ":1", first.source());
            assertEquals("T1", first.title());
            assertEquals("Wire", first.outlet());
            assertEquals("https://news.test/1", first.url());
            assertEquals("en", first.language());
            assertEquals(LocalDate.of(2024, 2, 1), first.published());
            assertEquals(DateSource.CORPUS, first.publishedSource());
            assertNull(stored.get(1).published());
            assertEquals(List.of(2L, 4L, 5L), r.failures().stream().map(IngestProblem::line).toList(), problems(r));
            assertTrue(r.failures().get(0).reason().startsWith("malformed JSON"));
            IngestProblem badDate = r.problems().stream().filter(p -> p.reason().contains("2025-02-30")).findFirst().orElseThrow();
            assertEquals(6, badDate.line());
            assertEquals(IngestProblem.Severity.WARNING, badDate.severity());
        }
    }

    @Test
    void csvCorpusWithQuotedNewlinesLoadsAndBadRowsAreReported() {
        Path f = write(dir.resolve("corpus.csv"), "id,title,text,published,outlet\n"
                + "1,One,\"A text\nover two lines, with a comma.\",2024-05-01,Wire\n"
                + "2,Two,too,many,fields,here\n"
                + "3,Three,,2024-05-03,Wire\n"
                + "4,Four,Fourth text.,2024-05-04,Wire\n");
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            List<Article> stored = articles(store);
            assertEquals(2, stored.size(), problems(r));
            assertEquals("A text\nover two lines, with a comma.", stored.get(0).text());
            assertEquals(f + ":2", stored.get(0).source());
            assertEquals(f + ":6", stored.get(1).source());
            assertEquals(List.of(4L, 5L), r.failures().stream().map(IngestProblem::line).toList(), problems(r));
            assertTrue(r.failures().get(0).reason().contains("6 fields"), problems(r));
        }
    }

    @Test
    void csvWithoutTextColumnFailsWholeAndAQuotingErrorStopsTheFileWithItsLine() {
        Path noText = write(dir.resolve("a.csv"), "title,body\nx,y\n");
        Path broken = write(dir.resolve("b.csv"), "text\nGood row.\n\"unterminated \"quote\" here\nlater\n");
        try (Store store = open()) {
            IngestReport r = ingest(store, noText, broken);
            assertEquals(1, articles(store).size(), problems(r));
            assertEquals(2, r.failures().size(), problems(r));
            assertTrue(r.failures().get(0).reason().contains("no 'text' column"));
            assertEquals(broken, r.failures().get(1).file());
            assertEquals(3, r.failures().get(1).line(), problems(r));
        }
    }

    @Test
    void byteOrderMarksOfCorporaAreIgnored() {
        Path jsonl = write(dir.resolve("bom.jsonl"), "\uFEFF{\"text\":\"Row with a mark before it.\"}\n");
        Path csv = write(dir.resolve("bom.csv"), "\uFEFFtext,published\nA CSV row.,2024-01-05\n");
        try (Store store = open()) {
            IngestReport r = ingest(store, jsonl, csv);
            assertTrue(r.allStored(), problems(r));
            assertEquals(2, articles(store).size());
            assertEquals(LocalDate.of(2024, 1, 5), articles(store).get(1).published());
        }
    }

    @Test
    void impossibleDatelineIsReportedWithItsLine() {
        Path f = write(dir.resolve("dl.txt"), "Headline of a made-up report\nMADRID, 30 de febrero de 2025 - Texto.");
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            assertTrue(r.allStored());
            IngestProblem p = r.problems().get(0);
            assertEquals(2, p.line(), problems(r));
            assertTrue(p.reason().contains("invalid date") && p.reason().contains("unknown date"), p.reason());
            assertNull(articles(store).get(0).published());
        }
    }
}
