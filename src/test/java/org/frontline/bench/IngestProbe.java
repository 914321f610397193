package org.frontline.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.frontline.ingest.ArticleAnalyser;
import org.frontline.ingest.IngestProgress;
import org.frontline.ingest.IngestReport;
import org.frontline.ingest.IngestSettings;
import org.frontline.ingest.Ingester;
import org.frontline.store.Store;

/**
 * Ingest throughput with the real analyser, store writes included: the whole corpus on all cores
 * into a fresh store, and a sample of its first articles on one analysis thread (the reader and
 * the writer keep their own threads in both cases, as in the product).
 */
final class IngestProbe {
    /** The outcome of one run: articles stored per second, claims stored, seconds taken. */
    record Run(double articlesPerSecond, long articles, long claims, double seconds) {
    }

    private final ArticleAnalyser analyser;

    IngestProbe(ArticleAnalyser analyser) {
        this.analyser = analyser;
    }

    ArticleAnalyser analyser() {
        return analyser;
    }

    Run run(Path corpus, Path store, int threads) throws IOException {
        Files.deleteIfExists(store);
        Files.deleteIfExists(Path.of(store + "-wal"));
        Files.deleteIfExists(Path.of(store + "-shm"));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Store s = Store.open(store)) {
            long t0 = System.nanoTime();
            IngestReport r = new Ingester(analyser, pool, IngestSettings.defaults()).ingest(s, List.of(corpus));
            double seconds = (System.nanoTime() - t0) / 1e9;
            IngestProgress t = r.totals();
            if (t.failed() > 0) {
                throw new IllegalStateException(t.failed() + " articles failed: " + r.problems());
            }
            return new Run(t.added() / seconds, t.added(), t.claims(), seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first {@code n} lines of a JSONL corpus, as a file of their own. */
    static Path head(Path corpus, int n, Path out) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            for (int i = 0; i < n && (line = in.readLine()) != null; i++) {
                w.write(line);
                w.newLine();
            }
        }
        return out;
    }

    /** The store file with its write-ahead log and shared-memory files, in bytes. */
    static long sizeOnDisk(Path store) throws IOException {
        long sum = 0;
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path p = Path.of(store + suffix);
            if (Files.exists(p)) {
                sum += Files.size(p);
            }
        }
        return sum;
    }
}
