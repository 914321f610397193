package org.frontline.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.frontline.store.Store;

/**
 * Ingest throughput for 3 KB articles from a JSONL corpus, store writes included, on one analysis
 * thread and on all cores, with {@link LineClaimAnalyser} (three claims per article) unless another
 * analyser is wired in. Not a test: surefire skips {@code *Bench*}. Run it with
 *
 * <pre>
 * mvn -q -B -DbuildDir=target-ing test-compile dependency:build-classpath -Dmdep.outputFile=target-ing/cp.txt
 * java -cp target-ing/classes:target-ing/test-classes:$(cat target-ing/cp.txt) org.frontline.ingest.IngestBench [ARTICLES] [WORK_MICROS] [spin|sleep]
 * </pre>
 *
 * {@code WORK_MICROS} (default 0) adds that much work per article to stand in for a real extractor:
 * busy CPU work ({@code spin}, the default), which competes with the reader and writer for cores, or
 * a pause ({@code sleep}), which shows how far the pipeline itself overlaps analyses.
 */
public final class IngestBench {
    private static final String[] WORDS = ("the forces said that positions near river village were held under"
            + " pressure while units reported fighting and shelling along road toward town according to officials"
            + " statement on morning evening with artillery drones").split(" ");

    private IngestBench() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long workMicros = args.length > 1 ? Long.parseLong(args[1]) : 0;
        boolean sleep = args.length > 2 && args[2].equals("sleep");
        Path dir = Files.createTempDirectory("ingest-bench");
        Path corpus = corpus(dir.resolve("corpus.jsonl"), articles);
        ArticleAnalyser analyser = working(new LineClaimAnalyser(1), workMicros, sleep);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%d articles of ~3 KB (%.1f MB), %d µs of extra %s each, %d cores%n",
                articles, Files.size(corpus) / 1048576.0, workMicros, sleep ? "sleep" : "CPU work", cores);
        run("warm-up", dir.resolve("warm.db"), corpus, analyser, 1);
        run("1 thread", dir.resolve("one.db"), corpus, analyser, 1);
        run(cores + " threads", dir.resolve("all.db"), corpus, analyser, cores);
        run("re-run, unchanged", dir.resolve("all.db"), corpus, analyser, cores);
    }

    private static void run(String label, Path db, Path corpus, ArticleAnalyser analyser, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Runtime rt = Runtime.getRuntime();
        try (Store store = Store.open(db)) {
            long t0 = System.nanoTime();
            IngestReport r = new Ingester(analyser, pool, IngestSettings.defaults()).ingest(store, List.of(corpus));
            double s = (System.nanoTime() - t0) / 1e9;
            IngestProgress t = r.totals();
            System.out.printf(Locale.ROOT, "%-18s %7.0f articles/s  %6.2f MB/s  (%d new, %d unchanged, %d claims,"
                            + " %d failed) %.2f s, heap in use %d MB%n", label, t.articlesDone() / s,
                    t.bytesRead() / s / 1048576, t.added(), t.unchanged(), t.claims(), t.failed(), s,
                    (rt.totalMemory() - rt.freeMemory()) >> 20);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path corpus(Path file, int n) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                StringBuilder text = new StringBuilder("Report ").append(i).append(".\\n");
                for (int c = 0; c < 3; c++) {
                    text.append("CLAIM Place").append(random.nextInt(500)).append(c % 2 == 0 ? " captured RU" : " fighting UA")
                            .append("\\n");
                }
                while (text.length() < 3000) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(10) == 0 ? ".\\n" : " ");
                }
                w.write("{\"text\":\"" + text + "\",\"published\":\"2024-03-0" + (1 + i % 9) + "\",\"outlet\":\"Bench\"}\n");
            }
        }
        return file;
    }

    /** Wraps an analyser with a fixed amount of busy work per article. */
    private static ArticleAnalyser working(ArticleAnalyser inner, long micros, boolean sleep) {
        if (micros <= 0) {
            return inner;
        }
        return new ArticleAnalyser() {
            @Override
            public Analysis analyse(ArticleInput in) {
                if (sleep) {
                    LockSupport.parkNanos(micros * 1000);
                    return inner.analyse(in);
                }
                long until = System.nanoTime() + micros * 1000;
                long sink = 0;
                while (System.nanoTime() < until) {
                    sink += in.text().hashCode();
                }
                return sink == 42 ? inner.analyse(in) : inner.analyse(in);
            }

            @Override
            public int version() {
                return inner.version();
            }
        };
    }
}
