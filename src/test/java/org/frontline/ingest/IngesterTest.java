package org.frontline.ingest;

import static org.frontline.ingest.IngestFixture.articles;
import static org.frontline.ingest.IngestFixture.claims;
import static org.frontline.ingest.IngestFixture.ingest;
import static org.frontline.ingest.IngestFixture.problems;
import static org.frontline.ingest.IngestFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.model.Article;
import org.frontline.model.Claim;
import org.frontline.model.DateSource;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path dir;

    private Store open() {
        return Store.open(dir.resolve("store.db"));
    }

    @Test
    void folderIsWalkedRecursivelyInNameOrderAndUnknownKindsAreNoted() {
        Path in = dir.resolve("in");
        write(in.resolve("b.txt"), "Second text.");
        write(in.resolve("a/c.md"), "# Heading\n\nFirst text.");
        write(in.resolve("z.html"), "<html><body><p>Third text.</p></body></html>");
        write(in.resolve("scan.pdf"), "%PDF-1.4 not read");
        write(in.resolve(".hidden.txt"), "hidden");
        try (Store store = open()) {
            IngestReport r = ingest(store, in);
            assertTrue(r.allStored(), problems(r));
            List<String> sources = articles(store).stream().map(Article::source).toList();
            assertEquals(List.of(in.resolve("a/c.md").toString(), in.resolve("b.txt").toString(),
                    in.resolve("z.html").toString()), sources);
            List<IngestProblem> notes = r.problems().stream()
                    .filter(p -> p.severity() == IngestProblem.Severity.NOTE).toList();
            assertEquals(1, notes.size(), problems(r));
            assertEquals(in.resolve("scan.pdf"), notes.get(0).file());
        }
    }

    @Test
    void claimsAreStoredWithTheirArticleAndQuotesMatchTheStoredText() {
        Path f = write(dir.resolve("report.txt"), "KYIV, March 3, 2024 — A made-up report.\r\n\r\n\r\n"
                + "CLAIM Alphaville captured RU\nCLAIM Betatown fighting UA\n");
        try (Store store = open()) {
            IngestReport r = ingest(store, new LineClaimAnalyser(1, Map.of("Alphaville", 7L)),
                    IngestSettings.defaults(), f);
            assertTrue(r.allStored(), problems(r));
            Article a = articles(store).get(0);
            assertEquals(LocalDate.of(2024, 3, 3), a.published());
            assertEquals(DateSource.DATELINE, a.publishedSource());
            assertFalse(a.text().contains("\r"));
            List<Claim> claims = claims(store);
            assertEquals(2, claims.size());
            for (Claim k : claims) {
                assertEquals(a.id(), k.articleId());
                assertEquals(k.quote(), a.text().substring(k.quoteStart(), k.quoteEnd()));
                assertTrue(k.key().startsWith(a.contentHash() + ":"));
            }
            assertEquals(2, r.totals().claims());
            assertEquals(1, r.totals().unresolvedClaims());
            assertEquals(1, r.totals().added());
        }
    }

    @Test
    void sameContentTwiceIsStoredOnceAndReportedUnchanged() {
        Path one = write(dir.resolve("one.txt"), "Same words here.\nCLAIM Alphaville captured RU\n");
        Path two = write(dir.resolve("two.txt"), "  Same   words\u00A0here.\r\nCLAIM Alphaville captured RU  \r\n\r\n");
        try (Store store = open()) {
            IngestReport first = ingest(store, one, two);
            assertEquals(1, first.totals().added());
            assertEquals(1, first.totals().unchanged());
            IngestReport again = ingest(store, one);
            assertEquals(0, again.totals().added());
            assertEquals(1, again.totals().unchanged());
            assertEquals(1, articles(store).size());
            assertEquals(1, claims(store).size());
        }
    }

    @Test
    void newerAnalysisReplacesClaimsAndAFailedReplacementKeepsTheOldOnes() {
        Path f = write(dir.resolve("a.txt"), "Words.\nCLAIM Alphaville captured RU\nCLAIM Betatown fighting UA\n");
        try (Store store = open()) {
            ingest(store, new LineClaimAnalyser(1), IngestSettings.defaults(), f);
            IngestReport second = ingest(store, new LineClaimAnalyser(2), IngestSettings.defaults(), f);
            assertEquals(1, second.totals().reextracted(), problems(second));
            assertEquals(1, articles(store).size());
            List<Claim> claims = claims(store);
            assertEquals(2, claims.size());
            assertTrue(claims.stream().allMatch(k -> k.claimant().name().equals("line analyser v2")));

            ArticleAnalyser broken = new ArticleAnalyser() {
                @Override
                public Analysis analyse(ArticleInput in) {
                    Analysis good = new LineClaimAnalyser(3).analyse(in);
                    List<Claim> twice = new ArrayList<>(good.claims());
                    twice.addAll(good.claims()); // duplicate claim keys: the store refuses the second
                    return new Analysis(good.language(), null, good.mentions(), twice);
                }

                @Override
                public int version() {
                    return 3;
                }
            };
            IngestReport third = ingest(store, broken, IngestSettings.defaults(), f);
            assertFalse(third.allStored());
            assertTrue(third.failures().get(0).reason().startsWith("not stored"), problems(third));
            assertTrue(claims(store).stream().allMatch(k -> k.claimant().name().equals("line analyser v2")),
                    "the failed replacement left the version-2 claims whole");
            assertEquals(2, claims(store).size());
            IngestReport fourth = ingest(store, new LineClaimAnalyser(3), IngestSettings.defaults(), f);
            assertEquals(1, fourth.totals().reextracted(), "still at version 2, so analysed again");
        }
    }

    @Test
    void failedAnalysisStoresNothingOfThatArticleAndTheOthersStill() {
        write(dir.resolve("in/a.txt"), "Fine.\nCLAIM Alphaville captured RU\n");
        write(dir.resolve("in/b.txt"), "EXPLODE\nCLAIM Betatown captured RU\n");
        write(dir.resolve("in/c.txt"), "Also fine.\nCLAIM Gammaburg retaken UA\n");
        try (Store store = open()) {
            IngestReport r = ingest(store, dir.resolve("in"));
            assertEquals(1, r.failures().size(), problems(r));
            assertEquals(dir.resolve("in/b.txt"), r.failures().get(0).file());
            assertTrue(r.failures().get(0).reason().contains("analysis failed"));
            assertEquals(2, articles(store).size());
            assertEquals(List.of("Alphaville", "Gammaburg"), claims(store).stream().map(Claim::placeText).sorted().toList());
        }
    }

    @Test
    void parallelAnalysisWithSmallBatchesAndBoundedMemoryStoresEveryArticleInReadingOrder() throws Exception {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            corpus.append("{\"text\":\"Article ").append(i).append(".\\nCLAIM Place").append(i)
                    .append(" captured RU\",\"published\":\"2024-01-0").append(1 + i % 9).append("\"}\n");
        }
        Path f = write(dir.resolve("big corpus.jsonl"), corpus.toString());
        IngestSettings settings = new IngestSettings(null, Manifest.none(), SizeLimit.DEFAULT, 7, Duration.ofMillis(5),
                16, Duration.ofMillis(1));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<IngestProgress> seen = new ArrayList<>();
        try (Store store = open()) {
            IngestReport r = new Ingester(new LineClaimAnalyser(1), pool, settings).ingest(store, List.of(f),
                    new IngestListener() {
                        @Override
                        public void progress(IngestProgress p) {
                            seen.add(p);
                        }

                        @Override
                        public void problem(IngestProblem p) {
                        }
                    }, new Cancellation());
            assertTrue(r.allStored(), problems(r));
            assertEquals(300, r.totals().added());
            List<Article> stored = articles(store);
            for (int i = 0; i < 300; i++) {
                assertEquals(f + ":" + (i + 1), stored.get(i).source(), "stored in reading order");
            }
            assertEquals(300, claims(store).size());
            IngestProgress last = seen.get(seen.size() - 1);
            assertEquals(300, last.articlesDone());
            assertEquals(1.0, last.fraction());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void cancellingStopsReadingAndKeepsEveryStoredArticleWhole() {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            corpus.append("{\"text\":\"Item ").append(i).append("\\nCLAIM A").append(i).append(" captured RU\\nCLAIM B")
                    .append(i).append(" fighting UA\"}\n");
        }
        Path f = write(dir.resolve("c.jsonl"), corpus.toString());
        Cancellation cancel = new Cancellation();
        AtomicInteger analysed = new AtomicInteger();
        LineClaimAnalyser inner = new LineClaimAnalyser(1);
        ArticleAnalyser cancelling = new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                if (analysed.incrementAndGet() == 50) {
                    cancel.cancel();
                }
                return inner.analyse(in);
            }

            @Override
            public int version() {
                return 1;
            }
        };
        try (Store store = open()) {
            IngestReport r = new Ingester(cancelling, new DirectExecutorService(), IngestSettings.defaults())
                    .ingest(store, List.of(f), IngestListener.silent(), cancel);
            assertTrue(r.cancelled());
            int n = articles(store).size();
            assertTrue(n >= 50 && n < 200, "stored " + n);
            assertEquals(2L * n, claims(store).size());
        }
    }

    @Test
    void unknownDateIsStoredAsNullAndReported() {
        Path f = write(dir.resolve("undated.txt"), "No date anywhere in this made-up text.");
        try (Store store = open()) {
            IngestReport r = ingest(store, f);
            assertTrue(r.allStored());
            Article a = articles(store).get(0);
            assertNull(a.published());
            assertEquals(DateSource.UNKNOWN, a.publishedSource());
            assertEquals(IngestProblem.Severity.WARNING, r.problems().get(0).severity());
            assertTrue(r.problems().get(0).reason().contains("unknown date"));
        }
    }

    @Test
    void pathsWithSpacesAndCyrillicWork() {
        Path f = write(dir.resolve("мої статті/звіт за день.txt"), "Київ, 3 березня 2024 р. Вигаданий текст.");
        try (Store store = Store.open(dir.resolve("сховище з пробілом.db"))) {
            IngestReport r = ingest(store, dir.resolve("мої статті"));
            assertTrue(r.allStored(), problems(r));
            Article a = articles(store).get(0);
            assertEquals(f.toString(), a.source());
            assertEquals(LocalDate.of(2024, 3, 3), a.published());
        }
    }

    @Test
    void aListenerThatThrowsStopsTheRunAndTheReader() {
        Path f = write(dir.resolve("a.txt"), "Made-up text.");
        Cancellation cancel = new Cancellation();
        IngestListener throwing = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                throw new IllegalStateException("progress bar broke");
            }

            @Override
            public void problem(IngestProblem p) {
            }
        };
        try (Store store = open()) {
            Ingester ingester = new Ingester(new LineClaimAnalyser(1), new DirectExecutorService(), IngestSettings.defaults());
            IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> ingester.ingest(store, List.of(f), throwing, cancel));
            assertEquals("progress bar broke", e.getMessage());
            assertTrue(cancel.isCancelled());
        }
    }

    @Test
    void longArticlesTakeMoreRoomInThePipelineWithoutBlockingIt() {
        Path in = dir.resolve("long");
        for (int i = 0; i < 5; i++) {
            write(in.resolve("a" + i + ".txt"), ("Long made-up text number " + i + ". ").repeat(8000)
                    + "\nCLAIM Place" + i + " captured RU\n");
        }
        IngestSettings tight = new IngestSettings(LocalDate.of(2024, 1, 1), Manifest.none(), SizeLimit.DEFAULT, 2,
                Duration.ofMillis(5), 3, Duration.ofMillis(250));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Store store = open()) {
            IngestReport r = new Ingester(new LineClaimAnalyser(1), pool, tight).ingest(store, List.of(in));
            assertTrue(r.allStored(), problems(r));
            assertEquals(5, r.totals().added());
            assertEquals(5, claims(store).size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void permitsGrowWithTextLengthUpToAll() {
        assertEquals(1, PipelineEvent.permitsFor(3000, 256));
        assertEquals(4, PipelineEvent.permitsFor(3 * PipelineEvent.CHARS_PER_PERMIT, 256));
        assertEquals(256, PipelineEvent.permitsFor(20_000_000, 256));
    }
}
