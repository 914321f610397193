package org.frontline.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.frontline.store.IngestRunRepository;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest (SIGKILL, {@link Process#destroyForcibly()}) at seeded random moments, then
 * checks after each kill that the store is intact and that every stored article is whole, and
 * that a last run completes the work with no duplicates.
 */
class CrashSafetyTest {
    static final int ARTICLES = 3000;
    static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLoseNothingAndARerunCompletesTheWork() throws Exception {
        Path corpus = CountedCorpus.write(dir.resolve("corpus.jsonl"), ARTICLES);
        Path db = dir.resolve("crash store.db");
        Random random = new Random(20240901L);
        int killedWhileRunning = 0;
        int previous = 0;
        for (int run = 0; run < KILLS; run++) {
            Path log = dir.resolve("child-" + run + ".log");
            Process child = ChildJvm.start(log, List.of(), IngestChild.class, db.toString(), corpus.toString());
            // Kill once this run has stored a seeded random number of new articles, plus a few
            // milliseconds, so that kills land before, inside and between transactions.
            int target = 1 + random.nextInt(Math.max(1, (ARTICLES - previous) / 2));
            waitForStored(log, target, child);
            Thread.sleep(random.nextInt(15));
            boolean stillRunning = child.isAlive();
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child did not die");
            killedWhileRunning += stillRunning ? 1 : 0;
            try (Store store = Store.open(db)) {
                CountedCorpus.Check check = store.read(CountedCorpus::check);
                assertEquals("ok", check.integrity());
                assertEquals(check.articles(), check.distinctHashes(), "duplicate articles");
                assertEquals(List.of(), check.inconsistent(), "articles stored in part after kill " + run);
                assertTrue(check.articles() >= previous, "articles lost: " + previous + " -> " + check.articles());
                previous = check.articles();
                System.out.printf("kill %d (after %d new): %d articles stored whole%n", run, target, previous);
            }
        }
        assertTrue(killedWhileRunning >= KILLS - 1, "most kills should land during the ingest: " + killedWhileRunning);
        Path log = dir.resolve("child-final.log");
        Process last = ChildJvm.start(log, List.of(), IngestChild.class, db.toString(), corpus.toString());
        assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last run did not end");
        assertEquals(0, last.exitValue(), Files.readString(log));
        assertTrue(Files.readString(log).contains("failed=0"), Files.readString(log));
        try (Store store = Store.open(db)) {
            CountedCorpus.Check check = store.read(CountedCorpus::check);
            assertEquals("ok", check.integrity());
            assertEquals(ARTICLES, check.articles());
            assertEquals(ARTICLES, check.distinctHashes());
            assertEquals(List.of(), check.inconsistent());
            assertEquals(ARTICLES / 4 * (1 + 2 + 3 + 4), check.claims());
            List<IngestRunRepository.Run> runs = store.read(new IngestRunRepository()::all);
            assertEquals(KILLS + 1, runs.size());
            assertTrue(runs.get(runs.size() - 1).finishedAt() != null, "the last run is recorded as finished");
            assertTrue(runs.stream().limit(KILLS).filter(IngestRunRepository.Run::interrupted).count() >= killedWhileRunning,
                    "killed runs show as interrupted");
        }
        System.out.printf("crash safety: %d articles, %d kills (%d during writes), 0 articles lost%n", ARTICLES, KILLS,
                killedWhileRunning);
    }

    /** Waits until the child reports {@code target} articles stored in this run, or ends. */
    private static void waitForStored(Path log, int target, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).lines().filter(l -> l.startsWith("stored "))
                    .anyMatch(l -> Integer.parseInt(l.substring(7)) >= target)) {
                return;
            }
            if (!child.isAlive()) {
                return; // it finished first: the caller counts it as a kill that missed
            }
            Thread.sleep(2);
        }
        throw new AssertionError("the child did not start: " + Files.readString(log));
    }
}
