package org.frontline.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.frontline.store.IngestRunRepository;
import org.frontline.store.Store;

/**
 * Ingests files into a store: reads {@code .txt}, {@code .md}, {@code .html}, {@code .jsonl} and
 * {@code .csv} inputs, settles each article's date, analyses articles in parallel on the given
 * pool, and stores each article with its mentions and claims, whole or not at all.
 *
 * <p>Ingest is idempotent by content hash: an article already stored is reported unchanged, unless
 * it was analysed by an older {@link ArticleAnalyser#version()}, in which case its mentions and
 * claims are replaced in one transaction.
 *
 * <p>Threads: {@link #ingest} runs the single writer on the calling thread, which must own
 * {@code store}; one reading thread is started per run and ends with it; analyses run on the
 * injected pool, which the caller owns and shuts down (a direct executor makes a run
 * single-threaded and deterministic). Memory is bounded by {@link IngestSettings#inFlight()}
 * articles, whatever the size of the corpus. The listener is called on the calling thread only.
 *
 * <p>Each run is recorded in the store ({@link IngestRunRepository}) when it starts and when it
 * ends, so that a run whose process was killed shows as interrupted; running it again completes the
 * work, since stored articles are skipped by content hash.
 *
 * <p>An {@code Ingester} is immutable; several runs may use it one after another, or at once on
 * different stores.
 */
public final class Ingester {
    /**
     * Page cache of the writer's connection during a run, in megabytes (SQLite's default is 2):
     * with the default, every claim's four index updates read and write pages again once the store
     * outgrows it, and ingest slowed down as the store grew.
     */
    static final int WRITER_CACHE_MB = 128;

    /**
     * Analysis threads an ingest runs by default: one per core but one, which the single writer
     * needs for itself. With as many analysis threads as cores, the writer (the serial stage at any
     * size worth waiting for) shared its core with them and got about two thirds of it on 2 cores.
     */
    public static int defaultAnalysisThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    }

    private final ArticleAnalyser analyser;
    private final ExecutorService analysisPool;
    private final IngestSettings settings;

    public Ingester(ArticleAnalyser analyser, ExecutorService analysisPool, IngestSettings settings) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.analysisPool = Objects.requireNonNull(analysisPool, "analysisPool");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Ingests {@code inputs} (files or folders) with no listener and no way to cancel. */
    public IngestReport ingest(Store store, List<Path> inputs) {
        return ingest(store, inputs, IngestListener.silent(), new Cancellation());
    }

    /**
     * Ingests {@code inputs} (files or folders) into {@code store}, blocking until done or cancelled.
     * Problems with inputs are reported, not thrown; a store that cannot be opened throws
     * {@link org.frontline.store.StoreException}. If the writer fails unexpectedly (a listener that
     * throws, a bug), {@code cancel} is set so that the reading thread stops, and the exception is
     * rethrown; what was committed before stays committed, each article whole.
     */
    public IngestReport ingest(Store store, List<Path> inputs, IngestListener listener, Cancellation cancel) {
        List<IngestProblem> early = new ArrayList<>(settings.manifest().problems());
        List<InputWalker.InputFile> files = new InputWalker(settings.sizeLimit()).walk(inputs, early::add);
        long bytesTotal = files.stream().mapToLong(InputWalker.InputFile::size).sum();
        Semaphore permits = new Semaphore(settings.inFlight());
        BlockingQueue<PipelineEvent> queue = new LinkedBlockingQueue<>();
        AtomicLong bytesRead = new AtomicLong();
        WritingStage writer = new WritingStage(store, analyser.version(), settings, listener, permits, bytesRead,
                bytesTotal);
        early.forEach(writer::report);
        IngestRunRepository runs = new IngestRunRepository();
        List<String> names = inputs.stream().map(Path::toString).toList();
        long run = store.inTransaction(c -> runs.start(c, names));
        try (Store lookup = Store.open(store.file())) {
            ReadingStage reading = new ReadingStage(files, new DateResolver(settings.published(), settings.manifest()),
                    analyser, analysisPool, lookup, permits, queue, cancel, bytesRead);
            Thread reader = new Thread(reading, "frontline-ingest-reader");
            reader.setDaemon(true);
            reader.start();
            IngestReport report;
            int cache = store.cacheMegabytes();
            try {
                store.setCacheMegabytes(Math.max(cache, WRITER_CACHE_MB));
                report = writer.drain(queue, cancel);
            } catch (RuntimeException | Error e) {
                cancel.cancel(); // the writer is gone: stop the reader, which would wait for room forever
                throw e;
            } finally {
                store.setCacheMegabytes(cache);
            }
            joinQuietly(reader);
            IngestProgress t = report.totals();
            store.inTransaction(c -> {
                runs.finish(c, run, t.added() + t.reextracted(), t.unchanged(), t.failed(), report.cancelled());
                return null;
            });
            return report;
        }
    }

    /** The reader has posted its end before the writer returns, so this wait is short. */
    private static void joinQuietly(Thread reader) {
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
