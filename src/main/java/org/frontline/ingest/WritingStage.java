package org.frontline.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.frontline.store.ArticleRepository;
import org.frontline.store.ClaimRepository;
import org.frontline.store.PreparedStatements;
import org.frontline.store.Store;
import org.frontline.store.StoreException;

/**
 * The single writer of an ingest run. Takes the events of the reading side in sequence order,
 * writes analysed articles in batches (up to {@link IngestSettings#batchSize()} articles, or what
 * came within {@link IngestSettings#batchTime()}) with one transaction per batch, and reports
 * problems and progress to the listener.
 *
 * <p>Each article is written whole: its row, mentions and claims, or, if it is already stored
 * with an older analysis, the replacement of its mentions and claims. If a batch fails, its
 * articles are written again one per transaction, so that one bad article fails alone.
 *
 * <p>Thread safety: confined to the thread that called {@link Ingester#ingest}, which owns the
 * store; the counters need no synchronisation.
 */
final class WritingStage {
    private static final Logger LOG = Logger.getLogger(WritingStage.class.getName());

    private final Store store;
    private final int version;
    private final IngestSettings settings;
    private final IngestListener listener;
    private final Semaphore permits;
    private final AtomicLong bytesRead;
    private final long bytesTotal;
    private final ArticleRepository articles = new ArticleRepository();
    private final ClaimRepository claims = new ClaimRepository();
    private final Map<Long, PipelineEvent> waiting = new HashMap<>();
    private final List<PipelineEvent.Analysed> batch = new ArrayList<>();
    private final List<IngestProblem> problems = new ArrayList<>();
    private final long start = System.nanoTime();
    private long batchStart;
    private long lastProgress;
    private long next;
    private long added;
    private long unchanged;
    private long reextracted;
    private long failed;
    private long claimCount;
    private long unresolved;

    WritingStage(Store store, int version, IngestSettings settings, IngestListener listener, Semaphore permits,
                 AtomicLong bytesRead, long bytesTotal) {
        this.store = store;
        this.version = version;
        this.settings = settings;
        this.listener = listener;
        this.permits = permits;
        this.bytesRead = bytesRead;
        this.bytesTotal = bytesTotal;
    }

    /** Reports a problem found before the pipeline started (while walking the inputs). */
    void report(IngestProblem p) {
        record(p);
    }

    /** Handles every event until the reading side has ended and all its events are handled. */
    IngestReport drain(BlockingQueue<PipelineEvent> in, Cancellation cancel) {
        long end = -1;
        boolean interrupted = false;
        while (end < 0 || next < end) {
            PipelineEvent e;
            try {
                e = in.poll(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                interrupted = true;
                cancel.cancel();
                continue;
            }
            if (e instanceof PipelineEvent.End done) {
                end = done.seq();
            } else if (e != null) {
                waiting.put(e.seq(), e);
            }
            handleReady();
            if (!batch.isEmpty() && (batch.size() >= settings.batchSize() || elapsedSince(batchStart) >= settings.batchTime().toNanos())) {
                flush();
            }
            maybeProgress();
        }
        flush();
        IngestProgress totals = progress();
        listener.progress(totals);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new IngestReport(totals, problems, cancel.isCancelled());
    }

    private void handleReady() {
        for (PipelineEvent e = waiting.remove(next); e != null; e = waiting.remove(next)) {
            next++;
            if (e instanceof PipelineEvent.Analysed a) {
                if (batch.isEmpty()) {
                    batchStart = System.nanoTime();
                }
                batch.add(a);
                continue;
            }
            if (e instanceof PipelineEvent.Unchanged) {
                unchanged++;
            } else if (e instanceof PipelineEvent.Problem p) {
                record(p.problem());
            }
            permits.release();
        }
    }

    private void record(IngestProblem p) {
        if (p.severity() == IngestProblem.Severity.FAILED) {
            failed++;
        }
        problems.add(p);
        listener.problem(p);
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<Outcome> outcomes = store.inTransaction(c -> {
                List<Outcome> done = new ArrayList<>();
                try (PreparedStatements statements = new PreparedStatements(c)) {
                    for (PipelineEvent.Analysed a : batch) {
                        done.add(write(statements, a));
                    }
                }
                return done;
            });
            for (int i = 0; i < batch.size(); i++) {
                count(outcomes.get(i), batch.get(i).analysis());
            }
        } catch (StoreException batchFailed) {
            LOG.log(Level.FINE, "batch failed; writing its articles one by one", batchFailed);
            batch.forEach(this::writeAlone);
        }
        permits.release(batch.stream().mapToInt(PipelineEvent.Analysed::permits).sum());
        batch.clear();
    }

    private void writeAlone(PipelineEvent.Analysed a) {
        try {
            count(store.inTransaction(c -> {
                try (PreparedStatements statements = new PreparedStatements(c)) {
                    return write(statements, a);
                }
            }), a.analysis());
        } catch (StoreException e) {
            LOG.log(Level.FINE, "storing " + a.article().document().source() + " failed", e);
            SourceDocument d = a.article().document();
            record(IngestProblem.failed(d.file(), d.line(), "not stored: " + e.getMessage()));
        }
    }

    private enum Outcome { ADDED, REEXTRACTED, UNCHANGED }

    /** Writes one article through the statements of its transaction, prepared once per batch. */
    private Outcome write(PreparedStatements c, PipelineEvent.Analysed a) throws java.sql.SQLException {
        PreparedArticle p = a.article();
        Analysis x = a.analysis();
        Optional<ArticleRepository.Stored> stored = articles.findByHash(c, p.contentHash());
        if (stored.isEmpty()) {
            long id = articles.insert(c, p.article(x.language()), x.languageNote(), version);
            claims.replaceExtraction(c, id, x.mentions(), x.claims());
            return Outcome.ADDED;
        }
        if (stored.get().extractorVersion() >= version) {
            return Outcome.UNCHANGED;
        }
        claims.replaceExtraction(c, stored.get().id(), x.mentions(), x.claims());
        articles.markExtracted(c, stored.get().id(), x.language() != null ? x.language() : p.languageHint(),
                x.languageNote(), version);
        return Outcome.REEXTRACTED;
    }

    private void count(Outcome o, Analysis x) {
        switch (o) {
            case ADDED -> added++;
            case REEXTRACTED -> reextracted++;
            case UNCHANGED -> unchanged++;
        }
        if (o != Outcome.UNCHANGED) {
            claimCount += x.claims().size();
            unresolved += x.claims().stream().filter(k -> !k.resolved()).count();
        }
    }

    private void maybeProgress() {
        long now = System.nanoTime();
        if (now - lastProgress >= settings.progressInterval().toNanos()) {
            lastProgress = now;
            listener.progress(progress());
        }
    }

    private IngestProgress progress() {
        return new IngestProgress(added, unchanged, reextracted, failed, claimCount, unresolved, bytesRead.get(),
                bytesTotal, Duration.ofNanos(System.nanoTime() - start));
    }

    private static long elapsedSince(long nanos) {
        return System.nanoTime() - nanos;
    }
}
