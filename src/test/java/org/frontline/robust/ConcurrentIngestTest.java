package org.frontline.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.ingest.Ingester;
import org.frontline.ingest.LineClaimAnalyser;
import org.frontline.store.Store;
import org.frontline.workspace.ClaimCatalog;
import org.frontline.workspace.PlaceDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingests at once on one store file, each with its own {@link Store}, over corpora that share
 * half their articles, while the viewer's catalog reloads in a loop: no article fails, none is
 * stored twice, every one is whole, and the reader never fails and sees every claim after a last
 * reload.
 */
class ConcurrentIngestTest {
    @TempDir
    Path dir;

    @Test
    void twoIngestsAndAReaderShareAStore() throws Exception {
        Path first = CountedCorpus.write(dir.resolve("first.jsonl"), 0, 1200);
        Path second = CountedCorpus.write(dir.resolve("second.jsonl"), 600, 1800);
        Path db = dir.resolve("shared.db");
        Store.open(db).close();
        IngestSettings settings = IngestSettings.defaults().withBatch(10, Duration.ofMillis(10));
        ExecutorService runs = Executors.newFixedThreadPool(3);
        ExecutorService analysis = Executors.newFixedThreadPool(2);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reloads = new AtomicInteger();
        try {
            List<Future<IngestReport>> ingests = new ArrayList<>();
            for (Path corpus : List.of(first, second)) {
                ingests.add(runs.submit(() -> {
                    try (Store store = Store.open(db)) {
                        return new Ingester(new LineClaimAnalyser(1), analysis, settings).ingest(store, List.of(corpus));
                    }
                }));
            }
            Future<Integer> reader = runs.submit((Callable<Integer>) () -> {
                int seen = 0;
                while (writing.get()) {
                    int n = ClaimCatalog.load(db, PlaceDirectory.empty()).records().size();
                    assertTrue(n >= seen, "a reload lost claims: " + seen + " -> " + n);
                    seen = n;
                    reloads.incrementAndGet();
                }
                return seen;
            });
            long added = 0;
            for (Future<IngestReport> f : ingests) {
                IngestReport r = f.get(120, TimeUnit.SECONDS);
                assertTrue(r.allStored(), r.problems().toString());
                added += r.totals().added();
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);
            assertEquals(1800, added, "each article is added by exactly one of the two runs");
        } finally {
            writing.set(false);
            runs.shutdownNow();
            analysis.shutdownNow();
        }
        try (Store store = Store.open(db)) {
            CountedCorpus.Check check = store.read(CountedCorpus::check);
            assertEquals("ok", check.integrity());
            assertEquals(1800, check.articles());
            assertEquals(1800, check.distinctHashes());
            assertEquals(List.of(), check.inconsistent());
            assertEquals(check.claims(), ClaimCatalog.load(db, PlaceDirectory.empty()).records().size(),
                    "a reload after the runs sees every claim");
        }
        assertTrue(reloads.get() > 1, "the catalog was reloaded while the runs wrote");
        System.out.printf("concurrency: 2 ingests of 1200 articles (600 shared), %d catalog reloads meanwhile%n",
                reloads.get());
    }

    @Test
    void storesOpenedAtOnceOnANewFileMigrateItOnce() throws Exception {
        Path db = dir.resolve("fresh.db");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> opens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opens.add(pool.submit(() -> {
                    try (Store store = Store.open(db)) {
                        return store.schemaVersion();
                    }
                }));
            }
            for (Future<Integer> f : opens) {
                assertEquals(4, f.get(60, TimeUnit.SECONDS), "the latest schema version");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
